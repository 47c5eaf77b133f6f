// A compare or base form shared by many names (initials: "GC Pty Ltd", "G.C.
// Builders") is read from the top of its index, lowest employer numbers
// first, at most max_candidates names a form, and the explanation says so.
// The first employer stays the one the whole read would rank first.
import { asRole, createTestDatabase, type TestDatabase } from "../../helpers/db.ts";

let db: TestDatabase;
let gcIds: string[];
let quillIds: string[];

interface Row {
  employer_id: string;
  method: string;
  score: number;
  explanation: string;
}

async function search(query: string): Promise<Row[]> {
  return asRole(db, { role: "api_client" }, async (c) => {
    const { rows } = await c.query<Row>(
      "select employer_id::text, method::text, score, explanation from app_public.search_employers($1) order by rank",
      [query],
    );
    return rows;
  });
}

async function register(names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names)
    ids.push((await db.ownerPool.query("select (app_public.register_employer($1)).id::text as id", [name])).rows[0].id);
  return ids;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await db.ownerPool.query("update app_public.match_settings set value = 3 where key = 'max_candidates'");
  // Eight employers whose names have the compare form "gc", then four with the base form "gc" only.
  gcIds = await register(["GC", "G.C.", "GC", "g.c.", "GC", "GC", "GC", "GC"]);
  gcIds.push(...(await register(["GC Pty Ltd", "GC Pty Ltd", "GC Pty Ltd", "GC Pty Ltd"])));
  quillIds = await register(["Quillby", "Quillby Pty Ltd"]);
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

it("compares only the names of the lowest-numbered employers when a form floods, and says so", async () => {
  const rows = await search("GC");
  // Four names a form at most (the cap and one more, to know there were more): the lowest-numbered
  // employers with the compare form "gc", and the lowest-numbered with the base form "gc" (the same ones).
  expect(rows.map((r) => r.employer_id)).toEqual(gcIds.slice(0, 4));
  expect(rows.every((r) => r.method === "exact" && r.score === 1)).toBe(true);
  expect(rows[0]!.explanation).toContain(
    "more than 3 names have this form: those of the lowest-numbered employers were compared",
  );
});

it("ranks the exact compare form before the same base form when the base form floods", async () => {
  const rows = await search("GC Pty Ltd");
  // The compare form "gc ltd" has four names (the cap and one more): all read. The base form "gc" has
  // twelve: the four lowest-numbered employers' names are read, at 0.97 as exact apart from legal form.
  expect(rows).toHaveLength(8);
  expect(rows.slice(0, 4).map((r) => r.employer_id)).toEqual(gcIds.slice(8, 12));
  expect(rows.slice(0, 4).every((r) => r.score === 1)).toBe(true);
  expect(rows.slice(4).every((r) => r.score < 1)).toBe(true);
});

it("says nothing of a cap when a form has no more names than it", async () => {
  const rows = await search("Quillby");
  expect(rows.map((r) => r.employer_id)).toEqual(quillIds);
  expect(rows.every((r) => !r.explanation.includes("names have this form"))).toBe(true);
});

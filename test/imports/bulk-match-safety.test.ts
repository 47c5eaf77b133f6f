// Safe bulk matching: words without identity ("and", "&", "of", "the",
// "t/as", legal forms) neither select nor score a pending item's candidate,
// candidates under the floor are not listed, and the bulk match refuses, in
// SQL, an employer below the review band, whatever the client sends.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { csv, importText, processBatch } from "./import-helpers.ts";

let db: TestDatabase;
let users: TestUsers;
const employer: Record<string, string> = {};
let pendingId: string;
let reviewPendingId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  for (const name of [
    "J.M. Kelly Constructions",
    "Bricks and Mortar Pty Ltd",
    "Salt and Pepper Cafe Pty Ltd",
    "House of the Rising Sun Pty Ltd",
    "Quenda Plumbing Services Pty Ltd",
  ]) {
    employer[name] = (
      await db.ownerPool.query<{ id: string }>("select (app_public.register_employer($1)).id::text as id", [name])
    ).rows[0]!.id;
  }
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
  const received = await importText(
    db,
    csv(
      "Spaingay & Slarnman Constructions Pty Ltd,,,,,P1,Tower,builder,NSW,2000",
      "Quenda Plumbng,,,,,P2,Pipes,subcontractor,WA,6000",
    ),
  );
  await processBatch(db, received.batchId);
  const id = async (name: string) =>
    (
      await db.ownerPool.query<{ id: string }>("select id::text from app_public.pending_employers where name = $1", [
        name,
      ])
    ).rows[0]!.id;
  pendingId = await id("Spaingay & Slarnman Constructions Pty Ltd");
  reviewPendingId = await id("Quenda Plumbng");
}, 180_000);
afterAll(async () => {
  await db.drop();
});

const candidates = async (id: string) =>
  (
    await db.ownerPool.query(
      `select employer_id::text, score, band::text from app_public.pending_employers_candidates(
         (select p from app_public.pending_employers p where p.id = $1))`,
      [id],
    )
  ).rows;

it("keeps the words that tell one employer from another", async () => {
  const words = async (name: string) =>
    (await db.ownerPool.query("select app_hidden.name_identity_words($1) as w", [name])).rows[0].w;
  expect(await words("Spaingay & Slarnman Constructions Pty Ltd")).toBe("spaingay slarnman constructions");
  expect(await words("The Trustee for the Smith Family Trust t/as Smith and Sons")).toBe(
    "trustee smith family trust smith sons",
  );
  expect(await words("The And Of Pty Ltd")).toBeNull();
});

it("lists no candidate that shares only words without identity, nor one under the floor", async () => {
  const listed = await candidates(pendingId);
  for (const name of ["Bricks and Mortar Pty Ltd", "Salt and Pepper Cafe Pty Ltd", "House of the Rising Sun Pty Ltd"]) {
    expect(listed.map((c) => c.employer_id)).not.toContain(employer[name]);
  }
  for (const c of listed) expect(c.score).toBeGreaterThanOrEqual(0.4);
});

it("refuses in bulk an employer below the review band, and changes nothing", async () => {
  await expectSqlError(
    asRole(db, { role: "steward", userId: users.steward.id }, (client) =>
      client.query(
        "select * from app_public.bulk_match_pending_employers(array[row($1, $2), row($3, $4)]::app_public.pending_match_choice[])",
        [
          reviewPendingId,
          employer["Quenda Plumbing Services Pty Ltd"],
          pendingId,
          employer["J.M. Kelly Constructions"],
        ],
      ),
    ),
    "PNDLB",
  );
  const { rows } = await db.ownerPool.query(
    "select status::text from app_public.pending_employers where id in ($1, $2)",
    [pendingId, reviewPendingId],
  );
  expect(rows).toEqual([{ status: "open" }, { status: "open" }]);
});

it("matches in bulk a candidate in the review band or above", async () => {
  const best = (await candidates(reviewPendingId))[0]!;
  expect(best.employer_id).toBe(employer["Quenda Plumbing Services Pty Ltd"]);
  expect(["review", "auto"]).toContain(best.band);
  const result = await asRole(
    db,
    { role: "steward", userId: users.steward.id },
    async (client) =>
      (
        await client.query(
          "select status::text from app_public.bulk_match_pending_employers(array[row($1, $2)]::app_public.pending_match_choice[])",
          [reviewPendingId, best.employer_id],
        )
      ).rows,
  );
  expect(result).toEqual([{ status: "matched" }]);
});

// The sibling hold counts the other active employers with a current name
// holding the matched name's stem: among the first 20 such names (shortest
// first), so a stem in thousands of names costs no more than one in a few,
// and the explanation says "at least" once the 20 are reached.
import { asRole, createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { createUsers, type TestUsers } from "../../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
const ids: Record<string, string> = {};

async function best(query: string): Promise<{ employer_id: string; method: string; explanation: string }> {
  return asRole(db, { role: "api_client" }, async (c) => {
    const { rows } = await c.query(
      "select employer_id::text, method::text, explanation from app_public.search_employers($1) order by rank limit 1",
      [query],
    );
    return rows[0];
  });
}

async function register(key: string, name: string): Promise<void> {
  ids[key] = (await db.ownerPool.query("select (app_public.register_employer($1)).id::text as id", [name])).rows[0].id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  // "Ostrevan": the matched employer and 24 other employers, each with one name holding it.
  await register("ostrevan", "Ostrevan Aviation Pty Ltd");
  for (let n = 1; n <= 24; n++) await register(`ostrevan${n}`, `Ostrevan Marine ${n} Pty Ltd`);
  // "Pellorin": one active sibling; the rest are not counted or count as that one.
  await register("pellorin", "Pellorin Aviation Pty Ltd");
  await register("pellorinMarine", "Pellorin Marine Pty Ltd");
  await register("pellorinFoods", "Pellorin Foods Pty Ltd");
  await register("pellorinFarms", "Pellorin Farms Pty Ltd");
  await register("pellorinRail", "Pellorin Rail Pty Ltd");
  await register("pellorinRetired", "Quendrel Haulage Pty Ltd");
  await db.ownerPool.query("select app_public.set_employer_archived($1, true)", [ids.pellorinFoods]);
  await asRole(
    db,
    { role: "steward", userId: users.steward.id },
    async (c) => {
      await c.query("select app_public.merge_employers($1, $2)", [ids.pellorin, ids.pellorinFarms]);
      await c.query("select app_public.merge_employers($1, $2)", [ids.pellorinMarine, ids.pellorinRail]);
    },
    { commit: true },
  );
  await db.ownerPool.query(
    `select app_public.add_alias($1, 'Pellorin Haulage', 'former'::app_public.alias_kind, 'public'::app_public.alias_visibility)`,
    [ids.pellorinRetired],
  );
  await db.ownerPool.query(
    "update app_public.aliases set valid_to = current_date - 30 where employer_id = $1 and name = 'Pellorin Haulage'",
    [ids.pellorinRetired],
  );
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

it("says at least 20 other employers once 20 names holding the stem are found", async () => {
  const match = await best("Ostrevan Aviatoin");
  expect(match).toMatchObject({ employer_id: ids.ostrevan, method: "fuzzy" });
  expect(match.explanation).toContain('sibling: at least 20 other employer(s) have a name with its word "ostrevan"');
});

it("counts active survivors other than the matched employer, and no retired name", async () => {
  const match = await best("Pellorin Aviatoin");
  expect(match).toMatchObject({ employer_id: ids.pellorin, method: "fuzzy" });
  // Marine (and Rail, merged into it) is one; Foods is archived, Farms merged into the matched employer,
  // and Quendrel holds the stem only in a retired name.
  expect(match.explanation).toContain('sibling: 1 other employer(s) have a name with its word "pellorin"');
});

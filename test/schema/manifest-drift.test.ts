// migrations/manifest.json lists every table, view, function, index, trigger,
// policy and grant the migrations make; `ops verify` checks deployments
// against it. It must match a freshly migrated database, and the comparison
// must notice what an operator could break by hand.
import { compareManifests, loadCommittedManifest, readManifest } from "../../server/src/ops/db-manifest.ts";
import { manifestFile } from "../../server/src/paths.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { testRoles } from "../helpers/test-env.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

const current = async () => {
  const client = await db.ownerPool.connect();
  try {
    return await readManifest(client, testRoles);
  } finally {
    client.release();
  }
};

it("matches the committed migrations/manifest.json (run npm run schema:export after migration changes)", async () => {
  const committed = await loadCommittedManifest(manifestFile);
  expect(compareManifests(committed, await current())).toEqual([]);
  // And the file is exactly what the export writes, so reviews see every change.
  expect(JSON.stringify(await current(), null, 2)).toBe(JSON.stringify(committed, null, 2));
});

it("every table in the three schemas has row-level security on, and no role holds rights through PUBLIC", async () => {
  const manifest = await current();
  expect(Object.entries(manifest.tables).filter(([, t]) => !t.rls)).toEqual([]);
  expect(manifest.grants.public).toBeUndefined();
});

it("reports a dropped index, RLS switched off, a revoked grant, an extra grant and a missing function", async () => {
  const expected = await current();
  const anyIndex = Object.keys(expected.indexes).find((name) => name.endsWith("_idx"))!;
  const grantToRevoke = expected.grants.analyst!.find((g) => g.startsWith("select on app_public."))!;
  const fn = Object.keys(expected.functions).find((f) => f.startsWith("app_public.search_employers("))!;
  const client = await db.rootPool.connect();
  try {
    await client.query("begin");
    await client.query(`drop index ${anyIndex}`);
    await client.query("alter table app_public.aliases disable row level security");
    await client.query(
      `revoke select on ${grantToRevoke.replace("select on ", "")} from ${testRoles.visitors.analyst}`,
    );
    await client.query(`grant delete on app_public.employers to ${testRoles.visitors.api_client}`);
    await client.query(`drop function ${fn} cascade`);
    const problems = compareManifests(expected, await readManifest(client, testRoles));
    const summary = problems.map((p) => `${p.kind} ${p.problem}: ${p.name}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        `index missing: ${anyIndex}`,
        "rls different: app_public.aliases",
        `grant missing: analyst: ${grantToRevoke}`,
        "grant unexpected: api_client: delete on app_public.employers",
        `function missing: ${fn}`,
      ]),
    );
  } finally {
    await client.query("rollback");
    client.release();
  }
});

// The feed-alias backfill in batches: a dry run through the command line
// reports progress per batch and writes the names to a file; a real run stopped
// after two batches resumes from its stored cursor to the same result as one
// run; `backfill revert <run>` retires exactly the aliases that run added.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { backfillFeedAliases } from "../../server/src/imports/backfill-feed-aliases.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps } from "../helpers/ops.ts";
import { csv, importText, processBatch, seedRegistry, type Registry } from "./import-helpers.ts";

let db: TestDatabase;
let registry: Registry;

beforeAll(async () => {
  db = await createTestDatabase();
  registry = await seedRegistry(db);
  const received = await importText(
    db,
    csv(
      "Gannet Glass,BCI-G9,,,,P1,Tower,subcontractor,NSW,2000",
      "Kestrel Cranes,,,,,P2,Tower,subcontractor,NSW,2000",
      "Heron Steel,BCI-H1,,,,P3,Tower,subcontractor,NSW,2000",
      "Lorikeet Lifts,,,,,P4,Tower,subcontractor,NSW,2000",
      "Ibis Tiling,BCI-I2,,,,P5,Tower,subcontractor,NSW,2000",
    ),
  );
  await processBatch(db, received.batchId);
  // The identifiers become known after the import: its names are what the backfill should add.
  for (const [employer, id] of [
    [registry.bluegum, "BCI-G9"],
    [registry.harbour, "BCI-H1"],
    [registry.bluegum, "BCI-I2"],
  ]) {
    await db.ownerPool.query("select app_public.add_identifier($1, 'bci_company', $2)", [employer, id]);
  }
}, 180_000);
afterAll(async () => {
  await db?.drop();
});

async function liveBackfilledNames(): Promise<string[]> {
  const { rows } = await db.ownerPool.query<{ name: string }>(
    `select name from app_public.aliases
     where name in ('Gannet Glass', 'Heron Steel', 'Ibis Tiling') and (valid_to is null or valid_to > current_date)
     order by name`,
  );
  return rows.map((r) => r.name);
}

it("reports progress per batch and writes the names to a file in a dry run, changing nothing", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "ear-backfill-")), "rows.jsonl");
  const run = await runOps(db, ["backfill", "feed-aliases", "--dry-run", "--batch-size", "2", "--rows-file", file]);
  expect(run.code).toBe(0);
  expect(run.stderr.match(/^batch \d+: \d+ of 5 import rows, \d+ to add so far$/gm)).toHaveLength(3);
  expect(run.stderr).toMatch(/^batch 3: 5 of 5 import rows, 3 to add so far$/m);
  expect(run.stdout).toMatch(/^3 name\(s\) written to /m);
  expect(run.stdout).toMatch(/^dry run: would add 3 alias\(es\) to 2 employer\(s\) in [\d.]+ s$/m);
  const written = readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { name: string });
  expect(written.map((w) => w.name).sort()).toEqual(["Gannet Glass", "Heron Steel", "Ibis Tiling"]);
  expect(await liveBackfilledNames()).toEqual([]);
});

it("still answers the previous release's one-transaction backfill_feed_aliases, recording no run", async () => {
  const { rows } = await db.ownerPool.query(
    "select name, identifier, added from app_hidden.backfill_feed_aliases(true) order by name",
  );
  expect(rows).toEqual([
    { name: "Gannet Glass", identifier: "bci_company BCI-G9", added: false },
    { name: "Heron Steel", identifier: "bci_company BCI-H1", added: false },
    { name: "Ibis Tiling", identifier: "bci_company BCI-I2", added: false },
  ]);
  const client = await db.ownerPool.connect();
  try {
    await client.query("begin");
    const real = await client.query(
      "select count(*) filter (where added)::int as n from app_hidden.backfill_feed_aliases(false)",
    );
    expect(real.rows[0].n).toBe(3);
    const runs = await client.query("select count(*)::int as n from app_private.feed_alias_backfill_aliases");
    expect(runs.rows[0].n).toBe(0);
  } finally {
    await client.query("rollback");
    client.release();
  }
  expect(await liveBackfilledNames()).toEqual([]);
});

it("stops after two batches, resumes from the stored cursor, and adds each name once", async () => {
  const first = await backfillFeedAliases(db.ownerPool, { dryRun: false, batchSize: 1, maxBatches: 2 });
  expect(first).toMatchObject({ finished: false, batches: 2, rowsScanned: 2, added: 1 });
  expect(first.runId).toMatch(/^[0-9a-f-]{36}$/);
  expect(await liveBackfilledNames()).toEqual(["Gannet Glass"]);

  const rest = await backfillFeedAliases(db.ownerPool, { dryRun: false, batchSize: 1, resume: first.runId });
  expect(rest).toMatchObject({ runId: first.runId, finished: true, batches: 3, rowsScanned: 3, added: 2 });
  expect(await liveBackfilledNames()).toEqual(["Gannet Glass", "Heron Steel", "Ibis Tiling"]);
  const { rows } = await db.ownerPool.query(
    "select rows_scanned::int, aliases_added, finished_at is not null as finished from app_private.feed_alias_backfill_runs where id = $1",
    [first.runId],
  );
  expect(rows).toEqual([{ rows_scanned: 5, aliases_added: 3, finished: true }]);

  // Nothing left: a new run adds nothing.
  const again = await backfillFeedAliases(db.ownerPool, { dryRun: false });
  expect(again).toMatchObject({ candidates: 0, added: 0, finished: true });
});

it("reverts a run in one command: its aliases retired, others untouched, once", async () => {
  const { rows } = await db.ownerPool.query<{ id: string }>(
    "select id::text from app_private.feed_alias_backfill_runs where aliases_added = 3",
  );
  const runId = rows[0]!.id;
  const manual = await db.ownerPool.query<{ n: string }>(
    "select count(*) as n from app_public.aliases where valid_to is null",
  );
  const revert = await runOps(db, ["backfill", "revert", runId]);
  expect(revert.code).toBe(0);
  expect(revert.stdout).toBe(`run ${runId}: retired 3 alias(es)\n`);
  expect(await liveBackfilledNames()).toEqual([]);
  const after = await db.ownerPool.query<{ n: string }>(
    "select count(*) as n from app_public.aliases where valid_to is null",
  );
  expect(Number(after.rows[0]!.n)).toBe(Number(manual.rows[0]!.n) - 3);
  expect((await runOps(db, ["backfill", "revert", runId])).stdout).toBe(`run ${runId}: retired 0 alias(es)\n`);
  // A reverted run cannot be resumed.
  await expect(backfillFeedAliases(db.ownerPool, { dryRun: false, resume: runId })).rejects.toThrow(/was reverted/);
  const unknown = await runOps(db, ["backfill", "revert", "00000000-0000-0000-0000-000000000000"]);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toMatch(/No feed-alias backfill run/);
});

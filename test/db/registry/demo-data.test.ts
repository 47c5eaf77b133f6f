import { loadDemoData } from "../../../server/src/demo/load-demo-data.ts";
import { pino } from "pino";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const counts = async () =>
  (
    await db.ownerPool.query(`select
      (select count(*)::int from app_public.users) as users,
      (select count(*)::int from app_public.employers) as employers,
      (select count(*)::int from app_public.employers where status = 'archived') as archived,
      (select count(*)::int from app_public.aliases) as aliases,
      (select count(*)::int from app_public.employer_identifiers) as identifiers,
      (select count(*)::int from app_public.import_batches) as batches,
      (select count(*)::int from app_public.pending_employers) as pending`)
  ).rows[0];

it("loads the demo users, the ABR sample and the BCI sample once, with provenance, and a second load adds nothing", async () => {
  await loadDemoData(db.ownerPool, pino({ level: "silent" }));
  const first = await counts();
  expect(first.users).toBe(3);
  expect(first.employers).toBeGreaterThan(100);
  expect(first.archived).toBeGreaterThan(20);
  expect(first.aliases).toBeGreaterThan(100);
  expect(first.identifiers).toBeGreaterThan(first.employers);
  const provenance = await db.ownerPool.query(
    "select distinct source_system from app_public.employer_identifiers union select distinct source_system from app_public.aliases where import_batch_id is null order by 1",
  );
  expect(provenance.rows.map((r) => r.source_system)).toEqual(["abr"]);
  // The BCI sample, matched: feed spellings from the feed, and work for both queues.
  expect(first.batches).toBe(1);
  const batch = await db.ownerPool.query(
    "select state, row_count, pending_count, aliases_added_count from app_public.import_batches",
  );
  expect(batch.rows[0]).toMatchObject({ state: "done", row_count: 200 });
  expect(batch.rows[0].pending_count).toBeGreaterThan(0);
  // The sample's pending names share only words without identity ("and",
  // "&", legal forms) with registered employers, or score under the
  // candidates' floor: open items without candidates, for a steward to create.
  const work = await db.ownerPool.query<{ pending_open: number; queued: number }>(
    `select (select count(*)::int from app_public.pending_employers p where p.status = 'open') as pending_open,
            (select count(*)::int from app_public.canonical_promotion_queue()) as queued`,
  );
  expect(work.rows[0]!.pending_open).toBeGreaterThan(0);
  expect(work.rows[0]!.queued).toBeGreaterThan(0);

  await loadDemoData(db.ownerPool, pino({ level: "silent" }));
  expect(await counts()).toEqual(first);

  const found = await db.ownerPool.query(
    "select m.band, e.name from app_public.search_employers('qbe insurance international') m join app_public.employers e on e.id = m.employer_id",
  );
  expect(found.rows[0]?.name).toMatch(/QBE INSURANCE/);
}, 300_000); // two full loads of the ABR sample: seconds on an idle machine, minutes on a busy CI one

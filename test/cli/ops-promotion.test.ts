// npm run ops -- promotion rebuild | refresh: the stored promotion queue
// recomputed from the command line, batch by batch, with timing output.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps } from "../helpers/ops.ts";
import { employerWith } from "../helpers/promotion.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  for (let i = 1; i <= 5; i++) {
    await employerWith(db.ownerPool, `REBUILT ${i} CONSTRUCTIONS`, [
      { name: `Rebuilt ${i} Constructions Pty Ltd`, kind: "legal", source: "abr" },
    ]);
  }
});
afterAll(() => db.drop());

const stored = async () =>
  (
    await db.ownerPool.query(
      "select employer_id::text, alias_id::text, score::text from app_hidden.promotion_queue_items order by 1, 2",
    )
  ).rows;

it("rebuilds every active employer's stored candidates in batches and prints the timing", async () => {
  const before = await stored();
  expect(before).toHaveLength(5);
  // Out of step on purpose (as if the rules had changed): the rebuild must restore it.
  await db.ownerPool.query(
    "delete from app_hidden.promotion_queue_items where employer_id in (select min(employer_id) from app_hidden.promotion_queue_items)",
  );
  await db.ownerPool.query("update app_hidden.promotion_queue_items set score = 0.01");
  const run = await runOps(db, ["promotion", "rebuild", "--batch-size", "2"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^rebuilding the promotion queue:\n/);
  expect(run.stdout.match(/^ {2}batch: 2 employer\(s\)/gm)).toHaveLength(2);
  expect(run.stdout).toMatch(
    /rebuilt: 5 of 5 employer\(s\) in \d+\.\d s \(\d+\.\d\d ms per employer, 3 batch\(es\)\); 5 stored item\(s\); 0 still dirty/,
  );
  expect(await stored()).toEqual(before);
});

it("prints one JSON object with --json, and refresh recomputes only what is marked", async () => {
  const json = await runOps(db, ["promotion", "rebuild", "--json"]);
  expect(json.code).toBe(0);
  expect(JSON.parse(json.stdout)).toMatchObject({ marked: 5, employers: 5, remaining: 0, storedItems: 5 });
  const refresh = await runOps(db, ["promotion", "refresh", "--json"]);
  expect(JSON.parse(refresh.stdout)).toMatchObject({ employers: 0, remaining: 0 });
});

it("refuses a bad batch size as a usage error", async () => {
  const run = await runOps(db, ["promotion", "rebuild", "--batch-size", "0"]);
  expect(run.code).toBe(2);
});

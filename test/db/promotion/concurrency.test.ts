// Two stewards deciding the same employer at once, on two real connections:
// the second waits for the first's lock, then gets a clear conflict error.
import pg from "pg";
import { createTestDatabase, expectSqlError, type TestDatabase } from "../../helpers/db.ts";
import { employerWith } from "../../helpers/promotion.ts";
import { testRoles } from "../../helpers/test-env.ts";
import { createUser, type TestUser } from "../../helpers/users.ts";

let db: TestDatabase;
let alice: TestUser;
let bob: TestUser;
const clients: pg.Client[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  alice = await createUser(db, "alice", "steward");
  bob = await createUser(db, "bob", "steward");
});
afterAll(async () => {
  for (const client of clients) await client.end().catch(() => undefined);
  await db.drop();
});

/** A connection of its own, in an open transaction as the steward (as PostGraphile would set it up). */
async function stewardSession(user: TestUser): Promise<{ client: pg.Client; pid: number }> {
  const client = new pg.Client({ connectionString: db.authUrl });
  client.on("error", () => undefined);
  clients.push(client);
  await client.connect();
  await client.query("begin");
  await client.query(
    `select set_config('role', $1, true), set_config('app.role', 'steward', true), set_config('app.user_id', $2, true)`,
    [testRoles.visitors.steward, user.id],
  );
  const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
  return { client, pid: rows[0]!.pid };
}

/** Resolves once the backend is waiting for a lock (no clock involved: it asks PostgreSQL). */
async function waitUntilBlocked(pid: number): Promise<void> {
  for (;;) {
    const { rows } = await db.rootPool.query("select wait_event_type from pg_stat_activity where pid = $1", [pid]);
    if (rows[0]?.wait_event_type === "Lock") return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

it("lets exactly one of two simultaneous decisions win; the other gets DECISION_CONFLICT", async () => {
  const { employerId, aliasIds } = await employerWith(db.ownerPool, "RACE CONSTRUCTIONS", [
    { name: "Race Constructions Pty Ltd", kind: "legal", source: "abr" },
    { name: "Race Builders", kind: "trading", source: "abr" },
  ]);
  const a = await stewardSession(alice);
  const b = await stewardSession(bob);

  await a.client.query("select app_public.promote_canonical_name($1, $2, 'legal name')", [
    employerId,
    aliasIds["Race Constructions Pty Ltd"],
  ]);
  const second = b.client.query("select app_public.promote_canonical_name($1, $2, 'trading name')", [
    employerId,
    aliasIds["Race Builders"],
  ]);
  const outcome = expectSqlError(second, "PRCNF");
  await waitUntilBlocked(b.pid);
  await a.client.query("commit");
  const error = await outcome;
  expect(error.message).toMatch(
    /^Employer #\d+ was decided by alice a moment ago \(decision #\d+: promote\): reload it/,
  );
  await b.client.query("rollback");

  const { rows } = await db.ownerPool.query(
    "select action, decided_by::text, name_after from app_public.canonical_decisions where employer_id = $1",
    [employerId],
  );
  expect(rows).toEqual([{ action: "promote", decided_by: alice.id, name_after: "Race Constructions Pty Ltd" }]);
  const employer = await db.ownerPool.query("select name from app_public.employers where id = $1", [employerId]);
  expect(employer.rows[0].name).toBe("Race Constructions Pty Ltd");
});

it("lets exactly one of two simultaneous claims win; the other is told who holds it", async () => {
  const { employerId } = await employerWith(db.ownerPool, "CLAIM RACE BUILDERS", [
    { name: "Claim Race Builders Group", kind: "trading", source: "abr" },
  ]);
  const a = await stewardSession(alice);
  const b = await stewardSession(bob);
  await a.client.query("select app_public.claim_promotion_item($1)", [employerId]);
  const outcome = expectSqlError(b.client.query("select app_public.claim_promotion_item($1)", [employerId]), "PRCLM");
  await waitUntilBlocked(b.pid);
  await a.client.query("commit");
  expect((await outcome).message).toMatch(/is claimed by alice until/);
  await b.client.query("rollback");
});

it("lets a decision made after another one committed go ahead against the new state", async () => {
  const { employerId, aliasIds } = await employerWith(db.ownerPool, "SEQUENTIAL BUILDERS", [
    { name: "Sequential Builders Pty Ltd", kind: "legal", source: "abr" },
  ]);
  const a = await stewardSession(alice);
  await a.client.query("select app_public.reject_promotion_candidate($1, $2, 'not yet')", [
    employerId,
    aliasIds["Sequential Builders Pty Ltd"],
  ]);
  await a.client.query("commit");
  const b = await stewardSession(bob);
  const { rows } = await b.client.query("select action from app_public.promote_canonical_name($1, $2)", [
    employerId,
    aliasIds["Sequential Builders Pty Ltd"],
  ]);
  expect(rows[0].action).toBe("promote");
  await b.client.query("commit");
});

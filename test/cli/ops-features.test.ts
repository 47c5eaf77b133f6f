// ops features list|enable|disable and the short forms ops enable|disable:
// audited through set_feature_switch with the operator as actor (or --as).
import { createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { runOps, lines } from "../helpers/ops.ts";
import { jest } from "@jest/globals";

// Each command is a new Node process; on a busy 2-core machine a few of them take a while.
jest.setTimeout(180_000);

let db: TestDatabase;
let users: TestUsers;
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
});
afterAll(() => db.drop());

const lastAudit = async (key: string) =>
  (
    await db.ownerPool.query(
      `select actor_role, actor_user_id::text, before->>'is_enabled' as before, after->>'is_enabled' as after,
              after->>'last_change_reason' as reason
         from app_public.audit_events where table_name = 'app_public.feature_switches' and row_key = $1
        order by id desc limit 1`,
      [key],
    )
  ).rows[0];

it("lists the switches as a table and as JSON", async () => {
  const table = await runOps(db, ["features", "list"]);
  expect(table.code).toBe(0);
  expect(lines(table.stdout)[0]).toMatch(/^feature +state +changed +by +reason +what$/);
  expect(table.stdout).toMatch(/^alias_search +on +/m);
  const json = await runOps(db, ["features", "list", "--json"]);
  expect(JSON.parse(json.stdout).map((s: { key: string }) => s.key)).toEqual([
    "alias_search",
    "analytics",
    "canonical_promotion",
    "imports",
  ]);
});

it("switches a feature off with its reason, audited as the operator, and it takes effect", async () => {
  const run = await runOps(db, ["features", "disable", "analytics", "--reason", "incident 42: dashboards slow"]);
  expect(run.code).toBe(0);
  expect(run.stdout).toBe("feature analytics disabled; reason recorded in the audit trail\n");
  expect(await lastAudit("analytics")).toEqual({
    actor_role: "operator",
    actor_user_id: null,
    before: "true",
    after: "false",
    reason: "incident 42: dashboards slow",
  });
  await expectSqlError(db.ownerPool.query("select app_hidden.assert_feature_enabled('analytics')"), "FDOFF");
});

it("switches it back on with the short form `ops enable`, as the user named by --as", async () => {
  const run = await runOps(db, ["--as", users.admin.username, "enable", "analytics", "--reason", "incident 42 over"]);
  expect(run.code).toBe(0);
  expect(await lastAudit("analytics")).toMatchObject({
    actor_role: "operator",
    actor_user_id: users.admin.id,
    after: "true",
    reason: "incident 42 over",
  });
  const { rows } = await db.ownerPool.query(
    "select updated_by::text from app_public.feature_switches where key = 'analytics'",
  );
  expect(rows[0].updated_by).toBe(users.admin.id);
  await db.ownerPool.query("select app_hidden.assert_feature_enabled('analytics')");
});

it("has `ops disable` too, and says when a switch already was in that state", async () => {
  const off = await runOps(db, ["disable", "imports", "--reason", "feed outage"]);
  expect(off.code).toBe(0);
  const again = await runOps(db, ["features", "disable", "imports", "--reason", "still out"]);
  expect(again.stdout).toMatch(/imports disabled \(it already was\)/);
});

it("refuses an unknown feature (exit 1), an empty reason (exit 1) and an unknown --as user (exit 1)", async () => {
  const unknown = await runOps(db, ["features", "enable", "teleport", "--reason", "why not"]);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toBe('error: No feature switch "teleport" (NOT_FOUND)\n');
  const empty = await runOps(db, ["features", "enable", "imports", "--reason", "  "]);
  expect(empty.code).toBe(1);
  expect(empty.stderr).toMatch(/Say why the switch changes \(REASON_REQUIRED\)/);
  const nobody = await runOps(db, ["--as", "nobody", "features", "enable", "imports", "--reason", "x"]);
  expect(nobody.code).toBe(1);
  expect(nobody.stderr).toBe("error: --as nobody: no such user\n");
  const { rows } = await db.ownerPool.query("select is_enabled from app_public.feature_switches where key = 'imports'");
  expect(rows[0].is_enabled).toBe(false);
});

// ops users list|add|disable|enable|set-password, through the same SQL as
// the admin's mutations: hashed passwords, the last admin kept, audited.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createUser } from "../helpers/users.ts";
import { runOps } from "../helpers/ops.ts";
import { jest } from "@jest/globals";

// Each command is a new Node process; on a busy 2-core machine a few of them take a while.
jest.setTimeout(180_000);

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

/** Whether login(username, password) succeeds (as the owner, the way the API's anonymous login does). */
const canLogin = async (username: string, password: string) =>
  db.ownerPool
    .query("select app_public.login($1, $2)", [username, password])
    .then(() => true)
    .catch((error: { code?: string }) => {
      if (error.code === "CREDS") return false;
      throw error;
    });

it("adds a user with a generated password, printed once, that logs in", async () => {
  const run = await runOps(db, ["users", "add", "carol", "--role", "steward", "--display-name", "Carol Jones"]);
  expect(run.code).toBe(0);
  const password = /^password \(shown once\): (\S+)$/m.exec(run.stdout)?.[1];
  expect(password).toHaveLength(24);
  expect(run.stdout).toMatch(/^added user carol \(id \d+, steward\)$/m);
  expect(await canLogin("carol", password!)).toBe(true);
  const { rows } = await db.ownerPool.query(
    "select actor_role, after->>'display_name' as name from app_public.audit_events where table_name = 'app_public.users' and action = 'insert' and after->>'username' = 'carol'",
  );
  expect(rows).toEqual([{ actor_role: "operator", name: "Carol Jones" }]);
});

it("adds a user with the password from stdin and prints no password", async () => {
  const run = await runOps(
    db,
    ["users", "add", "dave", "--role", "admin", "--display-name", "Dave", "--password-stdin"],
    {
      stdin: "dave-has-a-long-password\n",
    },
  );
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/password/);
  expect(await canLogin("dave", "dave-has-a-long-password")).toBe(true);
});

it("refuses a weak password and a taken username (exit 1), and an unknown role (exit 2)", async () => {
  const weak = await runOps(
    db,
    ["users", "add", "erin", "--role", "analyst", "--display-name", "Erin", "--password-stdin"],
    {
      stdin: "short\n",
    },
  );
  expect(weak.code).toBe(1);
  expect(weak.stderr).toBe("error: Passwords must have at least 10 characters (WEAK_PASSWORD)\n");
  const taken = await runOps(db, ["users", "add", "CAROL", "--role", "analyst", "--display-name", "Other Carol"]);
  expect(taken.code).toBe(1);
  expect(taken.stderr).toMatch(/already exists \(ALREADY_EXISTS\)/);
  const role = await runOps(db, ["users", "add", "frank", "--role", "boss", "--display-name", "Frank"]);
  expect(role.code).toBe(2);
  expect(role.stderr).toMatch(/Allowed choices are analyst, steward, admin/);
  const { rows } = await db.ownerPool.query(
    "select count(*)::int as n from app_public.users where username in ('erin', 'frank')",
  );
  expect(rows[0].n).toBe(0);
});

it("lists users as a table and as JSON", async () => {
  const table = await runOps(db, ["users", "list"]);
  expect(table.stdout).toMatch(/^\d+ +carol +steward +enabled +Carol Jones/m);
  const json = JSON.parse((await runOps(db, ["users", "list", "--json"])).stdout);
  expect(json.map((u: { username: string }) => u.username)).toEqual(["carol", "dave"]);
  expect(json[0]).not.toHaveProperty("password_hash");
});

it("disables and enables a user: a disabled user cannot log in", async () => {
  const off = await runOps(db, ["users", "disable", "carol"]);
  expect(off.code).toBe(0);
  const { rows } = await db.ownerPool.query("select is_disabled from app_public.users where username = 'carol'");
  expect(rows[0].is_disabled).toBe(true);
  const on = await runOps(db, ["users", "enable", "carol"]);
  expect(on.code).toBe(0);
  const after = await db.ownerPool.query("select is_disabled from app_public.users where username = 'carol'");
  expect(after.rows[0].is_disabled).toBe(false);
  const missing = await runOps(db, ["users", "disable", "nobody"]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toBe('error: no user "nobody"\n');
});

it("keeps the last enabled admin", async () => {
  const run = await runOps(db, ["users", "disable", "dave"]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/last enabled admin.*\(LAST_ADMIN\)/);
  await createUser(db, "second_admin", "admin");
  expect((await runOps(db, ["users", "disable", "dave"])).code).toBe(0);
});

it("sets a password from stdin: the old one stops working", async () => {
  const run = await runOps(db, ["users", "set-password", "carol", "--password-stdin"], {
    stdin: "carol-new-password-1\r\n",
  });
  expect(run.code).toBe(0);
  expect(await canLogin("carol", "carol-new-password-1")).toBe(true);
  const generated = await runOps(db, ["users", "set-password", "carol"]);
  const password = /^password \(shown once\): (\S+)$/m.exec(generated.stdout)?.[1];
  expect(await canLogin("carol", "carol-new-password-1")).toBe(false);
  expect(await canLogin("carol", password!)).toBe(true);
  const empty = await runOps(db, ["users", "set-password", "carol", "--password-stdin"]);
  expect(empty.code).toBe(1);
  expect(empty.stderr).toBe("error: --password-stdin: stdin was empty\n");
});

// ops tokens issue|list|revoke: the secret printed once works until revoked.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps } from "../helpers/ops.ts";
import { jest } from "@jest/globals";

// Each command is a new Node process; on a busy 2-core machine a few of them take a while.
jest.setTimeout(180_000);

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const authenticate = async (secret: string) =>
  (await db.ownerPool.query("select token_id::text, role::text from app_private.authenticate_api_token($1)", [secret]))
    .rows;

let issued: { id: string; secret: string };

it("issues a token whose secret, printed once, authenticates with the role and expiry asked for", async () => {
  const run = await runOps(db, ["tokens", "issue", "--name", "Partner X", "--expires-in", "30d"]);
  expect(run.code).toBe(0);
  const id = /^issued API token (\d+) "Partner X" \(api_client\), expires (\S+)$/m.exec(run.stdout);
  const secret = /^secret \(shown once, send as Authorization: Bearer <secret>\): (ear_[0-9a-f]+)$/m.exec(
    run.stdout,
  )?.[1];
  expect(id).not.toBeNull();
  issued = { id: id![1]!, secret: secret! };
  expect(await authenticate(issued.secret)).toEqual([{ token_id: issued.id, role: "api_client" }]);
  const { rows } = await db.ownerPool.query(
    "select round(extract(epoch from expires_at - created_at) / 86400)::int as days from app_public.api_tokens where id = $1",
    [issued.id],
  );
  expect(rows[0].days).toBe(30);
});

it("issues analyst tokens as JSON", async () => {
  const run = await runOps(db, [
    "tokens",
    "issue",
    "--name",
    "Analytics box",
    "--role",
    "analyst",
    "--expires-in",
    "12w",
    "--json",
  ]);
  expect(run.code).toBe(0);
  const token = JSON.parse(run.stdout);
  expect(token).toMatchObject({ name: "Analytics box", role: "analyst" });
  expect(await authenticate(token.secret)).toEqual([{ token_id: token.id, role: "analyst" }]);
});

it("refuses a bad duration or role (exit 2) and more than two years (exit 1)", async () => {
  expect((await runOps(db, ["tokens", "issue", "--name", "x", "--expires-in", "soon"])).code).toBe(2);
  expect((await runOps(db, ["tokens", "issue", "--name", "x", "--role", "admin"])).code).toBe(2);
  const long = await runOps(db, ["tokens", "issue", "--name", "x", "--expires-in", "3y"]);
  expect(long.code).toBe(1);
  expect(long.stderr).toBe("error: A token may live at most two years (INVALID_EXPIRY)\n");
  expect((await runOps(db, ["tokens", "issue"])).code).toBe(2);
});

it("lists tokens without their secrets, then revokes one: it stops authenticating", async () => {
  const before = await runOps(db, ["tokens", "list"]);
  expect(before.stdout).toMatch(
    new RegExp(`^${issued.id} +Partner X +api_client +active +${issued.secret.slice(0, 12)} `, "m"),
  );
  expect(before.stdout).not.toContain(issued.secret);
  const revoke = await runOps(db, ["tokens", "revoke", issued.id]);
  expect(revoke.code).toBe(0);
  expect(revoke.stdout).toMatch(new RegExp(`^API token ${issued.id} "Partner X" revoked`));
  expect(await authenticate(issued.secret)).toEqual([]);
  const after = JSON.parse((await runOps(db, ["tokens", "list", "--json"])).stdout);
  expect(after.find((t: { id: string }) => t.id === issued.id)).toMatchObject({ state: "revoked" });
  const { rows } = await db.ownerPool.query(
    "select actor_role from app_public.audit_events where table_name = 'app_public.api_tokens' and row_key = $1 and action = 'update'",
    [issued.id],
  );
  expect(rows).toEqual([{ actor_role: "operator" }]);
});

it("refuses to revoke an unknown token (exit 1) or a non-number (exit 2)", async () => {
  const unknown = await runOps(db, ["tokens", "revoke", "999999"]);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toBe("error: No such API token (NOT_FOUND)\n");
  expect((await runOps(db, ["tokens", "revoke", "abc"])).code).toBe(2);
});

it("sets a token's own rate limits, and back to the defaults", async () => {
  const { rows: issuedRows } = await db.ownerPool.query<{ id: string }>(
    "select token_id::text as id from app_public.issue_api_token('Limited partner')",
  );
  const id = issuedRows[0]!.id;
  const set = await runOps(db, ["tokens", "limits", id, "--per-second", "5", "--burst", "10", "--per-day", "1000"]);
  expect(set.code).toBe(0);
  expect(set.stdout).toBe(`API token ${id} "Limited partner": 5/s, burst 10, 1000/day\n`);
  const read = async () =>
    (
      await db.ownerPool.query(
        "select rate_per_second, rate_burst, rate_per_day from app_public.api_tokens where id = $1",
        [id],
      )
    ).rows[0];
  expect(await read()).toEqual({ rate_per_second: 5, rate_burst: 10, rate_per_day: 1000 });
  const reset = await runOps(db, [
    "tokens",
    "limits",
    id,
    "--per-second",
    "default",
    "--burst",
    "default",
    "--per-day",
    "default",
  ]);
  expect(reset.code).toBe(0);
  expect(await read()).toEqual({ rate_per_second: null, rate_burst: null, rate_per_day: null });
  expect((await runOps(db, ["tokens", "limits", id, "--per-second", "0", "--burst", "1", "--per-day", "1"])).code).toBe(
    2,
  );
});

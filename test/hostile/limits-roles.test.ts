// The request-limit objects from both sides: admins read login holds, lift
// them and set a token's limits; every other role is refused; the buckets are
// out of every visitor role's reach.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
let tokenId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  tokenId = (
    await db.ownerPool.query<{ id: string }>("select token_id::text as id from app_public.issue_api_token('partner')")
  ).rows[0]!.id;
  await db.ownerPool.query("select app_private.record_login_attempt('someone', '192.0.2.1', false, 1, 30, 60)");
});
afterAll(() => db.drop());

const DENIED = "42501";

describe("admins", () => {
  it("read login holds, lift one and set a token's limits", async () => {
    await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      const holds = await c.query(
        "select key, failures, locked_until is not null as held from app_public.login_throttles order by key",
      );
      expect(holds.rows).toEqual([
        { key: "address:192.0.2.1", failures: 1, held: true },
        { key: "username:someone", failures: 1, held: true },
      ]);
      const set = await c.query(
        "select rate_per_second, rate_burst, rate_per_day from app_public.set_api_token_limits($1, 5, 7, 9)",
        [tokenId],
      );
      expect(set.rows[0]).toEqual({ rate_per_second: 5, rate_burst: 7, rate_per_day: 9 });
      expect(
        (await c.query("select app_public.clear_login_throttle('username:someone') as cleared")).rows[0].cleared,
      ).toBe(true);
      await expectSqlError(c.query("select app_public.set_api_token_limits($1, 0, 1, 1)", [tokenId]), "23514");
    });
  });
});

describe.each(["anonymous", "api_client", "analyst", "steward"] as const)("%s", (role) => {
  const who = () => ({
    role,
    userId: role === "analyst" ? users.analyst.id : role === "steward" ? users.steward.id : null,
  });
  it.each([
    ["read login holds", "select * from app_public.login_throttles"],
    ["lift a login hold", "select app_public.clear_login_throttle('address:192.0.2.1')"],
    ["set a token's limits", "select app_public.set_api_token_limits(1, 1000, 1000, 1000)"],
    ["read the rate-limit buckets", "select * from app_private.request_buckets"],
    ["take from a bucket", "select * from app_private.take_request_tokens('x', 1, 1, 1, 1, null)"],
  ])(`may not %s`, async (_what, sql) => {
    await asRole(db, who(), (c) => expectSqlError(c.query(sql), DENIED));
  });
});

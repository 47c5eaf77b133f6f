// Claims: a steward holds an employer's item for a while; others see who and
// cannot decide it; claims expire; the holder or an admin releases them.
import type pg from "pg";
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../../helpers/db.ts";
import { employerWith, queueItemsOf } from "../../helpers/promotion.ts";
import { createUser, createUsers, type TestUser, type TestUsers } from "../../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
let colleague: TestUser;
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  colleague = await createUser(db, "second_steward", "steward");
});
afterAll(() => db.drop());

const as = <T>(user: TestUser, fn: (c: pg.PoolClient) => Promise<T>, commit = false) =>
  asRole(db, { role: user.role, userId: user.id }, fn, { commit });

async function candidate(name: string) {
  const fixture = await employerWith(db.ownerPool, name, [{ name: `${name} Group`, kind: "trading", source: "abr" }]);
  return { employerId: fixture.employerId, aliasId: fixture.aliasIds[`${name} Group`]! };
}

it("shows who holds a claim, and refuses others' decisions and claims until it ends", async () => {
  const { employerId, aliasId } = await candidate("Claimed Builders");
  await as(users.steward, (c) => c.query("select app_public.claim_promotion_item($1, 45)", [employerId]), true);

  await as(users.analyst, async (c) => {
    const [item] = await queueItemsOf(c, employerId);
    expect(item).toMatchObject({ claimed_by: users.steward.id, claimed_by_username: "test_steward" });
  });
  await as(colleague, async (c) => {
    const error = await expectSqlError(
      c.query("select app_public.promote_canonical_name($1, $2)", [employerId, aliasId]),
      "PRCLM",
    );
    expect(error.message).toMatch(/^Employer #\d+ is claimed by test_steward until \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  });
  await as(colleague, (c) =>
    expectSqlError(c.query("select app_public.claim_promotion_item($1)", [employerId]), "PRCLM"),
  );
  await as(colleague, (c) =>
    expectSqlError(
      c.query("select app_public.reject_promotion_candidate($1, $2, 'no')", [employerId, aliasId]),
      "PRCLM",
    ),
  );
  // The holder decides; the decision uses up the claim.
  await as(
    users.steward,
    (c) => c.query("select app_public.reject_promotion_candidate($1, $2, 'a division')", [employerId, aliasId]),
    true,
  );
  const { rows } = await db.ownerPool.query(
    "select count(*)::int as n from app_public.promotion_claims where employer_id = $1",
    [employerId],
  );
  expect(rows[0].n).toBe(0);
});

it("lets the holder renew a claim, for 1 to 480 minutes", async () => {
  const { employerId } = await candidate("Renewed Builders");
  await as(users.steward, async (c) => {
    const first = await c.query("select expires_at from app_public.claim_promotion_item($1, 5)", [employerId]);
    const renewed = await c.query("select expires_at from app_public.claim_promotion_item($1, 60)", [employerId]);
    expect(renewed.rows[0].expires_at.getTime()).toBeGreaterThan(first.rows[0].expires_at.getTime());
  });
  for (const minutes of [0, 481, null]) {
    await as(users.steward, (c) =>
      expectSqlError(c.query("select app_public.claim_promotion_item($1, $2)", [employerId, minutes]), "PRDUR"),
    );
  }
});

it("lets a claim expire: nobody holds it any more and a colleague can claim and decide", async () => {
  const { employerId, aliasId } = await candidate("Expired Builders");
  await as(users.steward, (c) => c.query("select app_public.claim_promotion_item($1, 30)", [employerId]), true);
  // Time passes (written as the owner: the claim ran out a minute ago).
  await db.ownerPool.query(
    "update app_public.promotion_claims set claimed_at = now() - interval '31 minutes', expires_at = now() - interval '1 minute' where employer_id = $1",
    [employerId],
  );
  await as(users.analyst, async (c) => {
    const [item] = await queueItemsOf(c, employerId);
    expect(item).toMatchObject({ claimed_by: null, claimed_by_username: null });
  });
  await as(colleague, async (c) => {
    const claim = await c.query("select claimed_by::text from app_public.claim_promotion_item($1)", [employerId]);
    expect(claim.rows[0].claimed_by).toBe(colleague.id);
    const decision = await c.query("select action from app_public.promote_canonical_name($1, $2)", [
      employerId,
      aliasId,
    ]);
    expect(decision.rows[0].action).toBe("promote");
  });
  // nor can the first steward release a claim that has run out
  await as(users.steward, (c) =>
    expectSqlError(c.query("select app_public.release_promotion_item($1)", [employerId]), "NTFND"),
  );
});

it("lets an admin release anyone's claim, and a steward only their own", async () => {
  const { employerId, aliasId } = await candidate("Released Builders");
  await as(users.steward, (c) => c.query("select app_public.claim_promotion_item($1)", [employerId]), true);
  await as(colleague, async (c) => {
    const error = await expectSqlError(c.query("select app_public.release_promotion_item($1)", [employerId]), "PRCLM");
    expect(error.message).toMatch(/only they or an admin can release it/);
  });
  await as(
    users.admin,
    async (c) => {
      const released = await c.query("select claimed_by::text from app_public.release_promotion_item($1)", [
        employerId,
      ]);
      expect(released.rows[0].claimed_by).toBe(users.steward.id);
    },
    true,
  );
  await as(colleague, async (c) => {
    await c.query("select app_public.reject_promotion_candidate($1, $2, 'released to me')", [employerId, aliasId]);
  });
  // the holder may release their own
  const other = await candidate("Own Release Builders");
  await as(users.steward, async (c) => {
    await c.query("select app_public.claim_promotion_item($1)", [other.employerId]);
    await c.query("select app_public.release_promotion_item($1)", [other.employerId]);
    const left = await c.query("select count(*)::int as n from app_public.promotion_claims where employer_id = $1", [
      other.employerId,
    ]);
    expect(left.rows[0].n).toBe(0);
  });
});

it("keeps claims in the audit trail", async () => {
  const { employerId } = await candidate("Audited Claims");
  await as(users.steward, (c) => c.query("select app_public.claim_promotion_item($1)", [employerId]), true);
  const { rows } = await db.ownerPool.query(
    "select action, actor_user_id::text from app_public.audit_events where table_name = 'app_public.promotion_claims' and row_key = $1",
    [employerId],
  );
  expect(rows).toEqual([{ action: "insert", actor_user_id: users.steward.id }]);
});

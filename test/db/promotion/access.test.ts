// Who may do what with the promotion system, from both sides; the decision log
// is append-only for everyone; the feature switch turns it all off.
import type pg from "pg";
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../../helpers/db.ts";
import { employerWith, seenInFeed } from "../../helpers/promotion.ts";
import { createUsers, type TestUsers } from "../../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
let employerId: string;
let aliasId: string;
let decisionId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  const fixture = await employerWith(db.ownerPool, "ACCESS CONSTRUCTIONS", [
    { name: "Access Constructions Pty Ltd", kind: "legal", source: "abr" },
  ]);
  employerId = fixture.employerId;
  aliasId = fixture.aliasIds["Access Constructions Pty Ltd"]!;
  await seenInFeed(db.ownerPool, "Access Constructions Pty Ltd", 5);
  const other = await employerWith(db.ownerPool, "Logged Decision Pty Ltd");
  const { rows } = await db.ownerPool.query(
    "select id::text from app_public.reject_promotion_candidate($1, null, 'fine')",
    [other.employerId],
  );
  decisionId = rows[0].id;
});
afterAll(() => db.drop());

const asAnalyst = <T>(fn: (c: pg.PoolClient) => Promise<T>) =>
  asRole(db, { role: "analyst", userId: users.analyst.id }, fn);
const asApiClient = <T>(fn: (c: pg.PoolClient) => Promise<T>) => asRole(db, { role: "api_client", apiTokenId: 1 }, fn);

const reads = [
  "select count(*) from app_public.canonical_promotion_queue()",
  "select count(*) from app_public.promotion_candidates_for_employer(1)",
  "select count(*) from app_public.canonical_decisions",
  "select count(*) from app_public.promotion_claims",
  "select count(*) from app_public.alias_occurrences",
  "select * from app_public.promotion_backlog",
  "select count(*) from app_public.promotion_decisions_per_day",
  "select count(*) from app_public.promotion_decisions_per_steward_day",
];

const decides = [
  "select app_public.claim_promotion_item($1)",
  "select app_public.release_promotion_item($1)",
  "select app_public.promote_canonical_name($1, $2)",
  "select app_public.reject_promotion_candidate($1, $2, 'no')",
  "select app_public.defer_promotion_candidate($1, $2, current_date + 1, 'later')",
  "select app_public.revert_canonical_promotion($1, 'undo')",
  "select app_hidden.record_name_occurrences('Access', 'bci', 1)",
];

const paramsFor = (sql: string) =>
  sql.includes("revert_canonical_promotion")
    ? [decisionId]
    : sql.includes("$2")
      ? [employerId, aliasId]
      : sql.includes("$1")
        ? [employerId]
        : [];

describe("analysts", () => {
  it("read the queue with its evidence, the log, claims, occurrences and the metrics", async () => {
    await asAnalyst(async (c) => {
      for (const sql of reads) await c.query(sql.replace("(1)", `(${employerId})`));
      const queue = await c.query(
        "select alias_id::text, evidence from app_public.canonical_promotion_queue() where employer_id = $1",
        [employerId],
      );
      expect(queue.rows).toHaveLength(1);
      expect(queue.rows[0].alias_id).toBe(aliasId);
      const log = await c.query("select action from app_public.canonical_decisions where id = $1", [decisionId]);
      expect(log.rows).toEqual([{ action: "reject" }]);
      const occurrences = await c.query("select row_count::int from app_public.alias_occurrences");
      expect(occurrences.rows).toEqual([{ row_count: 5 }]);
    });
  });

  it.each(decides)("cannot decide or write: %s", async (sql) => {
    await asAnalyst((c) => expectSqlError(c.query(sql, paramsFor(sql)), "42501"));
  });

  it("cannot write the log or claims directly", async () => {
    await asAnalyst((c) =>
      expectSqlError(
        c.query(
          "insert into app_public.promotion_claims (employer_id, claimed_by, expires_at) values ($1, $2, now() + interval '1 hour')",
          [employerId, users.analyst.id],
        ),
        "42501",
      ),
    );
  });
});

describe("API clients", () => {
  it.each([...reads, ...decides])("see and do nothing: %s", async (sql) => {
    await asApiClient((c) =>
      expectSqlError(c.query(sql.replace("(1)", "($1)"), paramsFor(sql.replace("(1)", "($1)"))), "42501"),
    );
  });
});

describe("stewards and admins", () => {
  it("decide: a steward promotes, an admin reverts", async () => {
    const fixture = await employerWith(db.ownerPool, "ROLES BUILDERS", [
      { name: "Roles Builders Pty Ltd", kind: "legal", source: "abr" },
    ]);
    const promotion = await asRole(
      db,
      { role: "steward", userId: users.steward.id },
      (c) =>
        c.query("select id::text from app_public.promote_canonical_name($1, $2)", [
          fixture.employerId,
          fixture.aliasIds["Roles Builders Pty Ltd"],
        ]),
      { commit: true },
    );
    await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      const { rows } = await c.query(
        "select action, decided_role from app_public.revert_canonical_promotion($1, 'wrong')",
        [promotion.rows[0].id],
      );
      expect(rows[0]).toEqual({ action: "revert", decided_role: "admin" });
    });
  });
});

describe("the decision log", () => {
  it.each(["steward", "admin"] as const)("cannot be changed or deleted by the %s (no grant)", async (role) => {
    const userId = users[role].id;
    for (const sql of [
      "update app_public.canonical_decisions set rationale = 'rewritten' where id = $1",
      "delete from app_public.canonical_decisions where id = $1",
      "insert into app_public.canonical_decisions (employer_id, action, name_before, name_after, compare_before, compare_after, evidence, decided_role) select employer_id, 'promote', 'x', 'y', 'x', 'y', '{}', 'admin' from app_public.canonical_decisions where id = $1",
    ]) {
      await asRole(db, { role, userId }, (c) => expectSqlError(c.query(sql, [decisionId]), "42501"));
    }
    await asRole(db, { role, userId }, (c) =>
      expectSqlError(c.query("truncate app_public.canonical_decisions"), "42501"),
    );
  });

  it("cannot be changed, deleted or truncated even by the owner (trigger)", async () => {
    await expectSqlError(
      db.ownerPool.query("update app_public.canonical_decisions set rationale = 'rewritten' where id = $1", [
        decisionId,
      ]),
      "APPND",
    );
    await expectSqlError(
      db.ownerPool.query("delete from app_public.canonical_decisions where id = $1", [decisionId]),
      "APPND",
    );
    await expectSqlError(db.ownerPool.query("truncate app_public.canonical_decisions cascade"), "APPND");
    const { rows } = await db.ownerPool.query("select rationale from app_public.canonical_decisions where id = $1", [
      decisionId,
    ]);
    expect(rows).toEqual([{ rationale: "fine" }]);
  });

  it("keeps an employer with decisions from being hard-deleted", async () => {
    const { rows } = await db.ownerPool.query(
      "select employer_id::text from app_public.canonical_decisions where id = $1",
      [decisionId],
    );
    await asRole(db, { role: "admin", userId: users.admin.id }, (c) =>
      expectSqlError(c.query("delete from app_public.employers where id = $1", [rows[0].employer_id]), "23503"),
    );
  });
});

describe("the canonical_promotion feature switch", () => {
  it("turns the queue, claims and decisions off with FEATURE_DISABLED", async () => {
    await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      await c.query("select app_public.set_feature_switch('canonical_promotion', false, 'maintenance')");
      for (const sql of [
        "select count(*) from app_public.canonical_promotion_queue()",
        "select * from app_public.promotion_backlog",
        ...decides.slice(0, 6),
      ]) {
        await c.query("savepoint attempt");
        const error = await expectSqlError(c.query(sql, paramsFor(sql)), "FDOFF");
        expect(error.message).toBe("The canonical promotion feature is switched off by an administrator");
        await c.query("rollback to savepoint attempt");
      }
    });
  });
});

// Promote, reject, defer and revert, as a steward, through the SQL functions
// GraphQL exposes; the log they write; bad input.
import type pg from "pg";
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../../helpers/db.ts";
import { employerWith, seenInFeed } from "../../helpers/promotion.ts";
import { createUsers, type TestUsers } from "../../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
});
afterAll(() => db.drop());

const asSteward = <T>(fn: (c: pg.PoolClient) => Promise<T>) =>
  asRole(db, { role: "steward", userId: users.steward.id }, fn);

/** Expects the statement to fail with the code, and leaves the transaction usable. */
async function failsWith(c: pg.PoolClient, sql: string, params: unknown[], code: string) {
  await c.query("savepoint attempt");
  try {
    return await expectSqlError(c.query(sql, params), code);
  } finally {
    await c.query("rollback to savepoint attempt");
  }
}

async function decisionsOf(c: pg.PoolClient, employerId: string) {
  const { rows } = await c.query(
    `select id::text, action, candidate_alias_id::text, candidate_name, name_before, name_after, rationale,
            defer_until::text, evidence, promoted_alias, former_alias_id::text, reverts_decision_id::text,
            decided_by::text, decided_role
     from app_public.canonical_decisions d where employer_id = $1 order by d.id`,
    [employerId],
  );
  return rows;
}

async function namesOf(c: pg.PoolClient, employerId: string) {
  const employer = await c.query("select name from app_public.employers where id = $1", [employerId]);
  const aliases = await c.query(
    "select name, kind::text, visibility::text, source_system from app_public.aliases where employer_id = $1 order by name",
    [employerId],
  );
  return { name: employer.rows[0].name as string, aliases: aliases.rows };
}

describe("promote", () => {
  it("makes the alias the canonical name and keeps the old name as a feed spelling when it looked like one", async () => {
    const { employerId, aliasIds } = await employerWith(db.ownerPool, "ACME CONSTRUCTIONS", [
      { name: "Acme Constructions Group Pty Ltd", kind: "legal", source: "abr" },
    ]);
    await asSteward(async (c) => {
      const { rows } = await c.query("select * from app_public.promote_canonical_name($1, $2, 'ABR legal name')", [
        employerId,
        aliasIds["Acme Constructions Group Pty Ltd"],
      ]);
      expect(rows[0]).toMatchObject({
        action: "promote",
        name_before: "ACME CONSTRUCTIONS",
        name_after: "Acme Constructions Group Pty Ltd",
        decided_by: users.steward.id,
        decided_role: "steward",
      });
      expect(await namesOf(c, employerId)).toEqual({
        name: "Acme Constructions Group Pty Ltd",
        aliases: [
          { name: "ACME CONSTRUCTIONS", kind: "feed_spelling", visibility: "internal", source_system: "manual" },
        ],
      });
      // Search finds the employer by both names, the new one as canonical.
      const search = await c.query(
        "select matched_name, matched_kind from app_public.search_employers('ACME CONSTRUCTIONS') limit 1",
      );
      expect(search.rows[0]).toEqual({ matched_name: "ACME CONSTRUCTIONS", matched_kind: "feed_spelling" });
      const canonical = await c.query(
        "select matched_kind from app_public.search_employers('Acme Constructions Group Pty Ltd') limit 1",
      );
      expect(canonical.rows[0].matched_kind).toBe("canonical");
    });
  });

  it("records the evidence shown and the promoted alias with its provenance", async () => {
    const { employerId, aliasIds } = await employerWith(db.ownerPool, "Hutchinson Builders Pty Ltd", [
      { name: "Hutchies", kind: "trading", source: "bci" },
    ]);
    await seenInFeed(db.ownerPool, "Hutchies", 12, { projects: 4 });
    await asSteward(async (c) => {
      await c.query("select app_public.promote_canonical_name($1, $2)", [employerId, aliasIds["Hutchies"]]);
      const [decision] = await decisionsOf(c, employerId);
      expect(decision.rationale).toBeNull(); // optional for a promotion
      expect(decision.evidence).toMatchObject({
        rules: ["seen_more_often_in_feeds"],
        status: "queued",
        candidate: { aliasId: Number(aliasIds["Hutchies"]), name: "Hutchies", rows: 12, projects: 4 },
        canonical: { name: "Hutchinson Builders Pty Ltd", rows: 0 },
        sources: [
          expect.objectContaining({ sourceSystem: "bci", via: "alias" }),
          expect.objectContaining({ sourceSystem: "bci", via: "feed", rows: 12 }),
        ],
        conflicts: [],
      });
      expect(decision.evidence.score).toEqual(expect.any(Number));
      expect(decision.promoted_alias).toMatchObject({ name: "Hutchies", kind: "trading", source_system: "bci" });
      // A trading name replacing a legal name: the old name is kept as the legal name.
      expect((await namesOf(c, employerId)).aliases).toEqual([
        { name: "Hutchinson Builders Pty Ltd", kind: "legal", visibility: "public", source_system: "manual" },
      ]);
    });
  });

  it("keeps the old name as a former alias otherwise, or as the kind the steward names", async () => {
    const plain = await employerWith(db.ownerPool, "Roberts Building Services", [
      { name: "Roberts Builders", kind: "trading", source: "abr" },
    ]);
    const chosen = await employerWith(db.ownerPool, "Jones Co", [
      { name: "Jones Company", kind: "trading", source: "abr" },
    ]);
    await asSteward(async (c) => {
      await c.query("select app_public.promote_canonical_name($1, $2)", [
        plain.employerId,
        plain.aliasIds["Roberts Builders"],
      ]);
      expect((await namesOf(c, plain.employerId)).aliases).toEqual([
        { name: "Roberts Building Services", kind: "former", visibility: "public", source_system: "manual" },
      ]);
      await c.query("select app_public.promote_canonical_name($1, $2, null, 'abbreviation')", [
        chosen.employerId,
        chosen.aliasIds["Jones Company"],
      ]);
      expect((await namesOf(c, chosen.employerId)).aliases).toEqual([
        { name: "Jones Co", kind: "abbreviation", visibility: "public", source_system: "manual" },
      ]);
    });
  });

  it("changes the employer atomically: a failure part-way leaves the names as they were", async () => {
    const { employerId, aliasIds } = await employerWith(db.ownerPool, "Atomic Pty Ltd", [
      { name: "Atomic Builders", kind: "trading", source: "abr" },
    ]);
    await asSteward(async (c) => {
      await c.query("savepoint before");
      // the rationale is over the log's 2,000-character limit: the last insert fails
      await expectSqlError(
        c.query("select app_public.promote_canonical_name($1, $2, repeat('x', 2001))", [
          employerId,
          aliasIds["Atomic Builders"],
        ]),
        "23514",
      );
      await c.query("rollback to savepoint before");
      expect(await namesOf(c, employerId)).toEqual({
        name: "Atomic Pty Ltd",
        aliases: [{ name: "Atomic Builders", kind: "trading", visibility: "public", source_system: "abr" }],
      });
      expect(await decisionsOf(c, employerId)).toEqual([]);
    });
  });
});

describe("reject and defer", () => {
  it("rejects with a rationale and changes no name", async () => {
    const { employerId, aliasIds } = await employerWith(db.ownerPool, "Boral Limited", [
      { name: "Boral Building Products", kind: "trading", source: "abr" },
    ]);
    await asSteward(async (c) => {
      await c.query("select app_public.reject_promotion_candidate($1, $2, '  a division, not the company  ')", [
        employerId,
        aliasIds["Boral Building Products"],
      ]);
      expect(await decisionsOf(c, employerId)).toMatchObject([
        {
          action: "reject",
          candidate_alias_id: aliasIds["Boral Building Products"],
          candidate_name: "Boral Building Products",
          name_before: "Boral Limited",
          name_after: "Boral Limited",
          rationale: "a division, not the company",
          evidence: { rules: ["trusted_legal_or_trading_name"], status: "queued" },
        },
      ]);
      expect((await namesOf(c, employerId)).name).toBe("Boral Limited");
    });
  });

  it("rejects an item without a candidate: the feed-looking canonical name is fine", async () => {
    const { employerId } = await employerWith(db.ownerPool, "BHP GROUP LIMITED");
    await asSteward(async (c) => {
      await c.query("select app_public.reject_promotion_candidate($1, null, 'that is how they write it')", [
        employerId,
      ]);
      const queue = await c.query("select 1 from app_public.canonical_promotion_queue() where employer_id = $1", [
        employerId,
      ]);
      expect(queue.rowCount).toBe(0);
    });
  });

  it("defers until a date with a rationale", async () => {
    const { employerId, aliasIds } = await employerWith(db.ownerPool, "Watpac Limited", [
      { name: "Watpac Construction", kind: "trading", source: "abr" },
    ]);
    await asSteward(async (c) => {
      await c.query("select app_public.defer_promotion_candidate($1, $2, current_date + 30, 'rebranding soon')", [
        employerId,
        aliasIds["Watpac Construction"],
      ]);
      const [decision] = await decisionsOf(c, employerId);
      const expected = await c.query("select (current_date + 30)::text as d");
      expect(decision).toMatchObject({
        action: "defer",
        defer_until: expected.rows[0].d,
        rationale: "rebranding soon",
      });
    });
  });
});

describe("revert", () => {
  it("restores the previous canonical name as a new decision, and the promoted alias with its provenance", async () => {
    const { employerId, aliasIds } = await employerWith(db.ownerPool, "CPB CONTRACTORS", [
      { name: "CPB Contractors Pty Limited", kind: "legal", source: "abr" },
      { name: "CIMIC CPB", kind: "other", source: "bci" },
    ]);
    const before = await db.ownerPool.query("select added_at from app_public.aliases where id = $1", [
      aliasIds["CPB Contractors Pty Limited"],
    ]);
    await asSteward(async (c) => {
      const promoted = await c.query("select id::text from app_public.promote_canonical_name($1, $2)", [
        employerId,
        aliasIds["CPB Contractors Pty Limited"],
      ]);
      const promotionId = promoted.rows[0].id;
      const reverted = await c.query("select * from app_public.revert_canonical_promotion($1, 'ABR name is stale')", [
        promotionId,
      ]);
      expect(reverted.rows[0]).toMatchObject({
        action: "revert",
        name_before: "CPB Contractors Pty Limited",
        name_after: "CPB CONTRACTORS",
        reverts_decision_id: promotionId,
        rationale: "ABR name is stale",
      });
      expect(await namesOf(c, employerId)).toEqual({
        name: "CPB CONTRACTORS",
        aliases: [
          { name: "CIMIC CPB", kind: "other", visibility: "internal", source_system: "bci" },
          { name: "CPB Contractors Pty Limited", kind: "legal", visibility: "public", source_system: "abr" },
        ],
      });
      const restored = await c.query(
        "select added_at from app_public.aliases where employer_id = $1 and name = 'CPB Contractors Pty Limited'",
        [employerId],
      );
      expect(restored.rows[0].added_at).toEqual(before.rows[0].added_at);
      // both decisions stay in the log
      expect((await decisionsOf(c, employerId)).map((d) => d.action)).toEqual(["promote", "revert"]);
      // the reverted name does not come straight back to the queue
      const queue = await c.query(
        "select candidate_name from app_public.canonical_promotion_queue() where employer_id = $1",
        [employerId],
      );
      expect(queue.rows).toEqual([]);
      // and a promotion is reverted once only
      await expectSqlError(
        c.query("select app_public.revert_canonical_promotion($1, 'again')", [promotionId]),
        "PRREV",
      );
    });
  });

  it("refuses to revert anything but a promotion, or a promotion whose name changed again since", async () => {
    const { employerId, aliasIds } = await employerWith(db.ownerPool, "Laing Pty Ltd", [
      { name: "Laing Construction", kind: "trading", source: "abr" },
      { name: "Laing O'Rourke", kind: "trading", source: "abr" },
    ]);
    await asSteward(async (c) => {
      const first = await c.query("select id::text from app_public.promote_canonical_name($1, $2)", [
        employerId,
        aliasIds["Laing Construction"],
      ]);
      await c.query("select app_public.promote_canonical_name($1, $2)", [employerId, aliasIds["Laing O'Rourke"]]);
      const error = await failsWith(
        c,
        "select app_public.revert_canonical_promotion($1, 'undo the first')",
        [first.rows[0].id],
        "PRREV",
      );
      expect(error.message).toMatch(/revert the later change first/);
      const rejected = await c.query("select id::text from app_public.reject_promotion_candidate($1, null, 'fine')", [
        employerId,
      ]);
      await failsWith(c, "select app_public.revert_canonical_promotion($1, 'no')", [rejected.rows[0].id], "PRREV");
      await failsWith(c, "select app_public.revert_canonical_promotion(999999, 'no')", [], "NTFND");
      await failsWith(c, "select app_public.revert_canonical_promotion($1, ' ')", [first.rows[0].id], "RSNRQ");
    });
  });
});

describe("bad input", () => {
  let target: { employerId: string; aliasIds: Record<string, string> };
  let other: { employerId: string; aliasIds: Record<string, string> };
  beforeAll(async () => {
    target = await employerWith(db.ownerPool, "Target Builders Pty Ltd", [
      { name: "Target Build", kind: "trading", source: "abr" },
    ]);
    other = await employerWith(db.ownerPool, "Other Builders Pty Ltd", [
      { name: "Other Build", kind: "trading", source: "abr" },
    ]);
  });

  it.each([
    ["an unknown alias", "select app_public.promote_canonical_name($1, 999999)", "NTFND", /No alias #999999/],
    ["an unknown employer", "select app_public.reject_promotion_candidate(999999, null, 'x')", "NTFND", /No employer/],
    [
      "an empty rationale for reject",
      "select app_public.reject_promotion_candidate($1, $2, '   ')",
      "RSNRQ",
      /rationale is required/,
    ],
    [
      "no rationale for defer",
      "select app_public.defer_promotion_candidate($1, $2, current_date + 3, null)",
      "RSNRQ",
      /rationale is required/,
    ],
    [
      "a date in the past for defer",
      "select app_public.defer_promotion_candidate($1, $2, current_date - 1, 'later')",
      "PRDAT",
      /after today/,
    ],
    [
      "today for defer",
      "select app_public.defer_promotion_candidate($1, $2, current_date, 'later')",
      "PRDAT",
      /after today/,
    ],
    [
      "a date years away for defer",
      "select app_public.defer_promotion_candidate($1, $2, current_date + 1000, 'later')",
      "PRDAT",
      /at most 730 days/,
    ],
  ])("refuses %s", async (_what, sql, code, message) => {
    await asSteward(async (c) => {
      const params = sql.includes("$2")
        ? [target.employerId, target.aliasIds["Target Build"]]
        : sql.includes("$1")
          ? [target.employerId]
          : [];
      const error = await expectSqlError(c.query(sql, params), code);
      expect(error.message).toMatch(message);
    });
  });

  it("refuses an alias of another employer, naming that employer", async () => {
    await asSteward(async (c) => {
      for (const sql of [
        "select app_public.promote_canonical_name($1, $2)",
        "select app_public.reject_promotion_candidate($1, $2, 'no')",
        "select app_public.defer_promotion_candidate($1, $2, current_date + 1, 'later')",
      ]) {
        const error = await failsWith(c, sql, [target.employerId, other.aliasIds["Other Build"]], "PRNCA");
        expect(error.message).toMatch(/is a name of employer #\d+ \(Other Builders Pty Ltd\), not of employer #\d+/);
      }
    });
  });

  it("refuses a retired alias", async () => {
    await db.ownerPool.query("select app_public.retire_alias($1, current_date)", [target.aliasIds["Target Build"]]);
    await asSteward(async (c) => {
      await expectSqlError(
        c.query("select app_public.promote_canonical_name($1, $2)", [
          target.employerId,
          target.aliasIds["Target Build"],
        ]),
        "PRNCA",
      );
    });
  });

  it("refuses a merged employer, naming the survivor", async () => {
    const loser = await employerWith(db.ownerPool, "Merged Away Pty Ltd", [
      { name: "Merged Away", kind: "trading", source: "abr" },
    ]);
    await db.ownerPool.query("select app_public.merge_employers($1, $2, 'same')", [other.employerId, loser.employerId]);
    await asSteward(async (c) => {
      await expectSqlError(
        c.query("select app_public.reject_promotion_candidate($1, null, 'x')", [loser.employerId]),
        "MERGD",
      );
    });
  });
});

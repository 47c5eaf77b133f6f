// What makes the queue worth a steward's time: an item without a candidate is
// a "fix the spelling" task, a candidate one or two letters from the canonical
// name is flagged as a likely misspelling and ranked down, and every item says
// why it is there in one line.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../../helpers/db.ts";
import { createUsers, type TestUsers } from "../../helpers/users.ts";
import { employerWith, seenInFeed } from "../../helpers/promotion.ts";

let db: TestDatabase;
let users: TestUsers;
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
});
afterAll(() => db.drop());

interface Item {
  employer_id: string;
  alias_id: string | null;
  candidate_name: string | null;
  task: string;
  likely_misspelling: boolean;
  reason: string;
  score: string;
  priority: string;
}

async function queue(task: string | null): Promise<Item[]> {
  const { rows } = await db.ownerPool.query<Item>(
    `select employer_id::text, alias_id::text, candidate_name, task, likely_misspelling, reason, score::text, priority::text
     from app_public.canonical_promotion_queue($1)`,
    [task],
  );
  return rows;
}

describe("likely misspellings", () => {
  it("flags a feed's one-letter slip, lowers its score and ranks it below a real alternative with the same evidence", async () => {
    const slip = await employerWith(db.ownerPool, "Morris, McMahon & Co", [
      { name: "MOORRIS, MCMAHON & CO", kind: "feed_spelling", source: "bci" },
    ]);
    await seenInFeed(db.ownerPool, "MOORRIS, MCMAHON & CO", 12, { projects: 5 });
    await seenInFeed(db.ownerPool, "Morris, McMahon & Co", 4, { projects: 2 });
    const real = await employerWith(db.ownerPool, "Hutchinson Builders Pty Ltd", [
      { name: "Hutchies", kind: "other", source: "bci" },
    ]);
    await seenInFeed(db.ownerPool, "HUTCHIES", 12, { projects: 5 });
    await seenInFeed(db.ownerPool, "Hutchinson Builders P/L", 4, { projects: 2 });

    const items = await queue("promote");
    const slipItem = items.find((i) => i.employer_id === slip.employerId)!;
    const realItem = items.find((i) => i.employer_id === real.employerId)!;
    expect(slipItem).toMatchObject({ candidate_name: "MOORRIS, MCMAHON & CO", likely_misspelling: true });
    expect(realItem).toMatchObject({ candidate_name: "Hutchies", likely_misspelling: false });
    // the same feed evidence, so only the flag separates them
    expect(Number(slipItem.score)).toBeCloseTo(Number(realItem.score) - 0.3 - 0.2, 4);
    expect(Number(slipItem.priority)).toBeLessThan(Number(realItem.priority) / 4);
    expect(items.indexOf(slipItem)).toBeGreaterThan(items.indexOf(realItem));
    expect(slipItem.reason).toBe(
      "Feeds carried it 12 times, the canonical name 4; but it is one letter from the canonical name: likely a misspelling.",
    );
    expect(realItem.reason).toBe("Feeds carried it 12 times, the canonical name 4.");
  });

  it.each([
    ["two letters apart", "Kane Constructions", "Kane Construktionz", true],
    ["three letters apart", "Kane Constructions", "Kaine Construktionz", false],
    ["different only by legal form", "Acme Fitouts", "Acme Fitouts Pty Ltd", false],
    ["too short to tell", "Abco", "Abcd", false],
  ])("flags a candidate %s: %s / %s -> %s", async (_what, canonical, candidate, flagged) => {
    const { employerId } = await employerWith(db.ownerPool, canonical, [{ name: candidate, source: "bci" }]);
    await seenInFeed(db.ownerPool, candidate, 9);
    const { rows } = await db.ownerPool.query<{ likely_misspelling: boolean; task: string }>(
      "select likely_misspelling, task from app_public.promotion_candidates_for_employer($1) where alias_id is not null",
      [employerId],
    );
    expect(rows).toEqual([{ likely_misspelling: flagged, task: "promote" }]);
  });
});

describe("the fix-the-spelling task", () => {
  it("puts a feed-spelt canonical name with no better alias in its own task, never among the promotions", async () => {
    const { employerId } = await employerWith(db.ownerPool, "SMITH & SONS PLUMBING", [
      { name: "SMITH AND SONS PLUMB", kind: "feed_spelling", source: "bci" },
    ]);
    const promote = await queue("promote");
    expect(promote.filter((i) => i.employer_id === employerId)).toEqual([]);
    expect(promote.every((i) => i.task === "promote" && i.alias_id !== null)).toBe(true);
    const fix = (await queue("fix_spelling")).filter((i) => i.employer_id === employerId);
    expect(fix).toEqual([
      expect.objectContaining({
        alias_id: null,
        task: "fix_spelling",
        likely_misspelling: false,
        reason:
          "The canonical name looks like a feed spelling (all capitals) and no alias reads better: correct its spelling.",
      }),
    ]);
    // Without a task: both, as before.
    expect((await queue(null)).filter((i) => i.employer_id === employerId)).toHaveLength(1);
  });

  it("leaves the task once a steward corrects the spelling, logged as a decision; an analyst may not", async () => {
    const { employerId } = await employerWith(db.ownerPool, "JONES BROS EARTHMOVING", []);
    expect((await queue("fix_spelling")).some((i) => i.employer_id === employerId)).toBe(true);
    await expect(
      asRole(db, { role: "analyst", userId: users.analyst.id }, (client) =>
        client.query("select app_public.correct_canonical_spelling($1, 'Jones Bros Earthmoving')", [employerId]),
      ),
    ).rejects.toMatchObject({ code: "42501" });
    const decision = await asRole(
      db,
      { role: "steward", userId: users.steward.id },
      async (client) => {
        const { rows } = await client.query(
          "select action, candidate_alias_id, name_before, name_after, rationale, evidence->>'correction' as correction from app_public.correct_canonical_spelling($1, ' Jones  Bros Earthmoving ')",
          [employerId],
        );
        return rows[0];
      },
      { commit: true },
    );
    expect(decision).toEqual({
      action: "promote",
      candidate_alias_id: null,
      name_before: "JONES BROS EARTHMOVING",
      name_after: "Jones Bros Earthmoving",
      rationale: "Spelling corrected",
      correction: "true",
    });
    expect((await queue(null)).some((i) => i.employer_id === employerId)).toBe(false);
    // A case-only correction compares equal: no alias is needed to find the old spelling.
    const { rows } = await db.ownerPool.query(
      "select count(*)::int as n from app_public.aliases where employer_id = $1",
      [employerId],
    );
    expect(rows[0].n).toBe(0);
  });

  it("keeps a differently spelt old name as a feed spelling, and refuses an unchanged name", async () => {
    const { employerId } = await employerWith(db.ownerPool, "BRADYS PLMBING PTY", []);
    await asRole(db, { role: "steward", userId: users.steward.id }, async (client) => {
      await expectSqlError(
        client.query("select app_public.correct_canonical_spelling($1, 'BRADYS PLMBING PTY')", [employerId]),
        "BADNM",
      );
    });
    await asRole(
      db,
      { role: "steward", userId: users.steward.id },
      (client) =>
        client.query("select app_public.correct_canonical_spelling($1, 'Bradys Plumbing Pty Ltd', 'typo in feed')", [
          employerId,
        ]),
      { commit: true },
    );
    const { rows } = await db.ownerPool.query(
      "select name, kind::text from app_public.aliases where employer_id = $1",
      [employerId],
    );
    expect(rows).toEqual([{ name: "BRADYS PLMBING PTY", kind: "feed_spelling" }]);
  });

  it("keeps the stored queue equal to the live one, new fields included", async () => {
    const { rows } = await db.ownerPool.query<{ n: string }>(
      `select count(*)::text as n from (
         (select employer_id, alias_id, task, likely_misspelling, reason, priority from app_public.canonical_promotion_queue()
          except select employer_id, alias_id, task, likely_misspelling, reason, priority from app_hidden.promotion_queue_live())
         union all
         (select employer_id, alias_id, task, likely_misspelling, reason, priority from app_hidden.promotion_queue_live()
          except select employer_id, alias_id, task, likely_misspelling, reason, priority from app_public.canonical_promotion_queue())) d`,
    );
    expect(rows[0]!.n).toBe("0");
  });

  it("shows analysts the same reasons, and no role outside the queue's readers", async () => {
    const read = (role: "analyst" | "api_client") =>
      asRole(db, { role }, async (client) => {
        const { rows } = await client.query<{ n: string }>(
          "select count(*) filter (where reason <> '')::text as n from app_public.canonical_promotion_queue('fix_spelling')",
        );
        return rows[0]!.n;
      });
    expect(Number(await read("analyst"))).toBeGreaterThan(0);
    await expect(read("api_client")).rejects.toMatchObject({ code: "42501" });
  });
});

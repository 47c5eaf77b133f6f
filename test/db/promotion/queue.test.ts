// The promotion queue: each candidate rule, the evidence an item carries, its
// order, and when decided items come back.
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { candidatesOf, employerWith, queueItemsOf, seenInFeed } from "../../helpers/promotion.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const owner = () => db.ownerPool;

describe("candidate rules", () => {
  it("proposes a legal or trading name from a trusted source", async () => {
    const { employerId, aliasIds } = await employerWith(owner(), "Boral Limited", [
      { name: "Boral Building Products", kind: "trading", source: "abr" },
      { name: "Boral Bricks", kind: "trading", source: "bci" },
      { name: "Boral Concrete", kind: "other", source: "manual" },
    ]);
    const items = await queueItemsOf(owner(), employerId);
    expect(items.map((i) => [i.alias_id, i.rules])).toEqual([
      [aliasIds["Boral Building Products"], ["trusted_legal_or_trading_name"]],
    ]);
    // bci (trust 40) is not trusted, an "other" name is not a legal or trading name
    expect(items[0]!.evidence).toMatchObject({
      candidate: { name: "Boral Building Products", kind: "trading", sourceSystem: "abr", trustRank: 90 },
    });
  });

  it("does not propose a trusted name that differs from the canonical name only by its legal form", async () => {
    const { employerId } = await employerWith(owner(), "Lendlease Building", [
      { name: "Lendlease Building Pty Ltd", kind: "legal", source: "abr" },
    ]);
    expect(await queueItemsOf(owner(), employerId)).toEqual([]);
  });

  it("proposes a name seen more often in feeds than the canonical name", async () => {
    const { employerId, aliasIds } = await employerWith(owner(), "Hutchinson Builders Pty Ltd", [
      { name: "Hutchies", kind: "other", source: "bci" },
    ]);
    await seenInFeed(owner(), "HUTCHIES", 12, { projects: 5 });
    await seenInFeed(owner(), "Hutchinson Builders P/L", 4, { projects: 2 });
    const [item] = await queueItemsOf(owner(), employerId);
    expect(item).toMatchObject({
      alias_id: aliasIds["Hutchies"],
      rules: ["seen_more_often_in_feeds"],
      candidate_rows: "12",
      candidate_projects: "5",
      canonical_rows: "4",
    });
  });

  it("needs min_occurrences feed rows and more than the canonical name has", async () => {
    const few = await employerWith(owner(), "Kane Constructions Pty Ltd", [{ name: "Kane Group", source: "bci" }]);
    await seenInFeed(owner(), "Kane Group", 2);
    expect(await queueItemsOf(owner(), few.employerId)).toEqual([]);
    const fewer = await employerWith(owner(), "Probuild Constructions Pty Ltd", [{ name: "Probuild", source: "bci" }]);
    await seenInFeed(owner(), "Probuild", 5);
    await seenInFeed(owner(), "Probuild Constructions Pty Ltd", 9);
    expect(await queueItemsOf(owner(), fewer.employerId)).toEqual([]);
  });

  it.each([
    ["all capitals", "ROBERTSON CIVIL CONTRACTORS", "all_caps"],
    ["cut short", "Robertson Civil Contractors Pty", "truncated"],
    ["legal-form noise", "Robertson Civil Contractors P/L Limited", "legal_form_noise"],
    ["an ABN in the name", "Robertson Civil (ABN 51824753556) Contractors", "legal_form_noise"],
    ["t/as inside", "Robertson Holdings t/as Robertson Civil", "trading_as_inside"],
  ])("proposes a better name when the canonical name looks like a feed spelling: %s", async (_what, name, sign) => {
    const { employerId, aliasIds } = await employerWith(owner(), name, [
      { name: "Robertson Civil Group", kind: "other", source: "bci" },
      { name: "ROBERTSON CIV", kind: "feed_spelling", source: "bci" },
    ]);
    const items = await queueItemsOf(owner(), employerId);
    expect(items.map((i) => [i.alias_id, i.rules])).toEqual([
      [aliasIds["Robertson Civil Group"], ["canonical_looks_like_feed_spelling"]],
    ]);
    expect(items[0]!.evidence).toMatchObject({ canonical: { name, feedSigns: expect.arrayContaining([sign]) } });
    await db.ownerPool.query("select app_public.set_employer_archived($1, true)", [employerId]);
  });

  it("lists a feed-spelt canonical name with no better alias as an item without a candidate", async () => {
    const { employerId } = await employerWith(owner(), "SMITH & SONS PLUMBING", [
      { name: "SMITH AND SONS PLUMB", kind: "feed_spelling", source: "bci" },
    ]);
    const items = await queueItemsOf(owner(), employerId);
    expect(items).toMatchObject([
      { alias_id: null, candidate_name: null, rules: ["canonical_looks_like_feed_spelling"], score: "0.5" },
    ]);
  });

  it("leaves well-formed names, short acronyms and former names alone", async () => {
    const plain = await employerWith(owner(), "AMBA", [{ name: "Amba Engineering", kind: "former", source: "abr" }]);
    expect(await queueItemsOf(owner(), plain.employerId)).toEqual([]);
  });
});

describe("feed-spelling signs", () => {
  it.each([
    ["Acme Constructions Pty Ltd", []],
    ["AMBA", []],
    ["ATF Services", []],
    ["Limited Edition Products", []],
    ["ACME CONSTRUCTIONS PTY LTD", ["all_caps"]],
    ["Acme Constructions Pty", ["truncated"]],
    ["Acme Constructions &", ["truncated"]],
    ["Acme Constructions P/L Limited", ["legal_form_noise"]],
    ["Acme Constructions (ACN 004 085 616)", ["legal_form_noise"]],
    ["Acme Group t/as Acme Builders", ["trading_as_inside"]],
    ["Jones Pty Ltd ATF Jones Family Trust", ["trading_as_inside"]],
    ["The Trustee for the Smith Family Trust", ["trading_as_inside"]],
  ])("reads %s as %j", async (name, signs) => {
    const { rows } = await db.ownerPool.query(
      "select app_hidden.name_feed_spelling_signs($1, app_hidden.name_compare_form($1), app_hidden.name_base_form($1)) as signs",
      [name],
    );
    expect(rows[0].signs).toEqual(signs);
  });
});

describe("evidence", () => {
  it("carries sources with their trust, occurrences with first and last seen, and a score", async () => {
    const { employerId } = await employerWith(owner(), "MULTIPLEX CONSTRUCTIONS", [
      { name: "Multiplex Constructions Pty Ltd", kind: "legal", source: "abr" },
    ]);
    await seenInFeed(owner(), "Multiplex Constructions Pty Ltd", 7, {
      projects: 3,
      firstSeen: "2025-01-05T00:00:00Z",
      lastSeen: "2025-06-01T00:00:00Z",
    });
    await seenInFeed(owner(), "MULTIPLEX CONSTRUCTIONS PTY LTD", 2, {
      source: "csv",
      projects: 1,
      firstSeen: "2024-11-01T00:00:00Z",
      lastSeen: "2025-02-01T00:00:00Z",
    });
    const [item] = await queueItemsOf(owner(), employerId);
    // Not "trusted_legal_or_trading_name": the names differ only by the legal form.
    expect(item!.rules).toEqual(["seen_more_often_in_feeds", "canonical_looks_like_feed_spelling"]);
    expect(item!.sources).toEqual([
      expect.objectContaining({ sourceSystem: "abr", trustRank: 90, via: "alias" }),
      expect.objectContaining({ sourceSystem: "bci", trustRank: 40, via: "feed", rows: 7, projects: 3 }),
      expect.objectContaining({ sourceSystem: "csv", trustRank: 30, via: "feed", rows: 2, projects: 1 }),
    ]);
    expect(item!.first_seen_at!.toISOString()).toBe("2024-11-01T00:00:00.000Z");
    expect(item!.last_seen_at!.toISOString()).toBe("2025-06-01T00:00:00.000Z");
    expect(item!.candidate_rows).toBe("9");
    // 0.5, + 0.15 (all 9 feed rows carry the candidate), + 0.15 (the canonical name looks like a feed spelling)
    expect(Number(item!.score)).toBe(0.8);
    expect(item!.conflicts).toEqual([]);
  });

  it("flags a candidate that is another employer's name, and a distinction with that employer", async () => {
    const other = await employerWith(owner(), "GEORGIOU GROUP");
    const distinct = await employerWith(owner(), "Georgiou Holdings Pty Ltd", [
      { name: "Georgiou Group WA", kind: "trading", source: "manual" },
    ]);
    const { employerId, aliasIds } = await employerWith(owner(), "GEORGIOU CONSTRUCTIONS", [
      { name: "Georgiou Group", kind: "trading", source: "abr" },
      { name: "Georgiou Group WA", kind: "trading", source: "abr" },
    ]);
    await db.ownerPool.query("select app_public.record_distinction($1, $2, 'different families')", [
      employerId,
      distinct.employerId,
    ]);
    const items = await queueItemsOf(owner(), employerId);
    const byAlias = Object.fromEntries(items.map((i) => [i.alias_id, i]));
    expect(byAlias[aliasIds["Georgiou Group"]!]!.conflicts).toEqual([
      { kind: "name_of_other_employer", employerId: Number(other.employerId), employerName: "GEORGIOU GROUP" },
    ]);
    expect(byAlias[aliasIds["Georgiou Group WA"]!]!.conflicts).toEqual([
      { kind: "distinct_employer", employerId: Number(distinct.employerId), employerName: "Georgiou Holdings Pty Ltd" },
    ]);
    // conflicts lower the score, so the conflicted names are less certain
    const clean = await employerWith(owner(), "GEORGIOU CIVIL", [
      { name: "Georgiou Civil Works", kind: "trading", source: "abr" },
    ]);
    const [cleanItem] = await queueItemsOf(owner(), clean.employerId);
    expect(Number(byAlias[aliasIds["Georgiou Group"]!]!.score)).toBeLessThan(Number(cleanItem!.score));
  });
});

describe("order", () => {
  it("puts high impact and uncertain items first", async () => {
    // Same rules; one carried by many feed rows, one by none.
    const busy = await employerWith(owner(), "Zeta Civil Pty Ltd", [{ name: "Zeta", source: "bci" }]);
    await seenInFeed(owner(), "Zeta", 40, { projects: 10 });
    await seenInFeed(owner(), "Zeta Civil Pty Ltd", 30, { projects: 10 });
    const quiet = await employerWith(owner(), "Zeta Quiet Pty Ltd", [{ name: "Zeta Q", source: "bci" }]);
    await seenInFeed(owner(), "Zeta Q", 3);
    const { rows } = await db.ownerPool.query<{ employer_id: string; priority: string }>(
      `select employer_id::text, priority::text from app_public.canonical_promotion_queue()`,
    );
    const position = (id: string) => rows.findIndex((r) => r.employer_id === id);
    expect(position(busy.employerId)).toBeGreaterThanOrEqual(0);
    expect(position(busy.employerId)).toBeLessThan(position(quiet.employerId));
    const priorities = rows.map((r) => Number(r.priority));
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });
});

describe("decided items", () => {
  it("keeps a rejected candidate out until new evidence arrives", async () => {
    const { employerId, aliasIds } = await employerWith(owner(), "Built Pty Ltd", [
      { name: "Built Group", source: "bci" },
    ]);
    await seenInFeed(owner(), "Built Group", 4);
    await db.ownerPool.query("select app_public.reject_promotion_candidate($1, $2, 'group name, not the builder')", [
      employerId,
      aliasIds["Built Group"],
    ]);
    expect(await queueItemsOf(owner(), employerId)).toEqual([]);
    expect(await candidatesOf(owner(), employerId)).toContainEqual(
      expect.objectContaining({ alias_id: aliasIds["Built Group"], status: "rejected" }),
    );
    // one more row is not new evidence
    await seenInFeed(owner(), "Built Group", 1);
    expect(await queueItemsOf(owner(), employerId)).toEqual([]);
    // a feed that never carried it is
    await seenInFeed(owner(), "Built Group", 1, { source: "csv" });
    expect((await queueItemsOf(owner(), employerId)).map((i) => i.alias_id)).toEqual([aliasIds["Built Group"]]);
  });

  it("brings a rejected candidate back when its feed rows double", async () => {
    const { employerId, aliasIds } = await employerWith(owner(), "Icon Co Pty Ltd", [
      { name: "ICON", kind: "other", source: "bci" },
    ]);
    await seenInFeed(owner(), "ICON", 5);
    await db.ownerPool.query("select app_public.reject_promotion_candidate($1, $2, 'too short')", [
      employerId,
      aliasIds["ICON"],
    ]);
    await seenInFeed(owner(), "ICON", 4);
    expect(await queueItemsOf(owner(), employerId)).toEqual([]);
    await seenInFeed(owner(), "ICON", 1);
    expect((await queueItemsOf(owner(), employerId)).map((i) => i.alias_id)).toEqual([aliasIds["ICON"]]);
  });

  it("keeps a deferred candidate out until its date, and brings it back when the date has passed", async () => {
    const { employerId, aliasIds } = await employerWith(owner(), "Watpac Limited", [
      { name: "Watpac Construction", kind: "trading", source: "abr" },
    ]);
    await db.ownerPool.query(
      "select app_public.defer_promotion_candidate($1, $2, current_date + 7, 'ask the organiser')",
      [employerId, aliasIds["Watpac Construction"]],
    );
    expect(await queueItemsOf(owner(), employerId)).toEqual([]);
    expect(await candidatesOf(owner(), employerId)).toContainEqual(
      expect.objectContaining({ alias_id: aliasIds["Watpac Construction"], status: "deferred" }),
    );
    // A deferral recorded earlier whose day has come (written as the owner: the log takes inserts).
    await db.ownerPool.query(
      `insert into app_public.canonical_decisions (employer_id, action, candidate_alias_id, candidate_name,
         candidate_compare_form, name_before, name_after, compare_before, compare_after, rationale, defer_until,
         evidence, decided_role, decided_at)
       select e.id, 'defer', a.id, a.name, a.compare_form, e.name, e.name, e.compare_name, e.compare_name,
              'until today', current_date, '{}', 'system', now() - interval '7 days'
       from app_public.employers e join app_public.aliases a on a.employer_id = e.id
       where e.id = $1 and a.id = $2`,
      [employerId, aliasIds["Watpac Construction"]],
    );
    const back = await queueItemsOf(owner(), employerId);
    expect(back.map((i) => i.alias_id)).toEqual([aliasIds["Watpac Construction"]]);
  });
});

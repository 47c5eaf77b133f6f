// The promotion workflow through the real HTTP server: the queue, claims,
// decisions, the log and the metrics as GraphQL, and who is refused what.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { employerWith, seenInFeed } from "../helpers/promotion.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUser, createUsers, type TestUsers } from "../helpers/users.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let steward: string;
let colleague: string;
let analyst: string;
let apiClient: string;
let admin: string;
let employerId: string;
let aliasId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  const second = await createUser(db, "second_steward", "steward");
  server = await startTestServer(db);
  steward = await server.login(users.steward.username, users.steward.password);
  colleague = await server.login(second.username, second.password);
  analyst = await server.login(users.analyst.username, users.analyst.password);
  admin = await server.login(users.admin.username, users.admin.password);
  const issued = await db.ownerPool.query<{ secret: string }>(
    "select secret from app_public.issue_api_token('partner')",
  );
  apiClient = issued.rows[0]!.secret;
  const fixture = await employerWith(db.ownerPool, "HUTCHINSON BUILDERS", [
    { name: "Hutchinson Builders Pty Ltd", kind: "legal", source: "abr" },
  ]);
  employerId = fixture.employerId;
  aliasId = fixture.aliasIds["Hutchinson Builders Pty Ltd"]!;
  await seenInFeed(db.ownerPool, "Hutchinson Builders Pty Ltd", 8, { projects: 3 });
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const QUEUE = `query Queue {
  canonicalPromotionQueue(first: 20) {
    totalCount
    nodes { employerId employerName aliasId candidateName rules score priority candidateRows conflicts sources claimedByUsername }
  }
}`;
const CLAIM = `mutation Claim($employerId: BigInt!) {
  claimPromotionItem(input: { employerId: $employerId, minutes: 30 }) { result { employerId claimedBy expiresAt } }
}`;
const PROMOTE = `mutation Promote($employerId: BigInt!, $aliasId: BigInt!, $rationale: String) {
  promoteCanonicalName(input: { employerId: $employerId, aliasId: $aliasId, rationale: $rationale }) {
    result {
      rowId action nameBefore nameAfter evidence
      employer { name aliases(first: 5) { nodes { name kind } } }
    }
  }
}`;
const REJECT = `mutation Reject($employerId: BigInt!, $aliasId: BigInt, $rationale: String) {
  rejectPromotionCandidate(input: { employerId: $employerId, aliasId: $aliasId, rationale: $rationale }) { result { rowId } }
}`;
const DEFER = `mutation Defer($employerId: BigInt!, $aliasId: BigInt, $until: Date!, $rationale: String) {
  deferPromotionCandidate(input: { employerId: $employerId, aliasId: $aliasId, until: $until, rationale: $rationale }) { result { rowId } }
}`;
const REVERT = `mutation Revert($decisionId: BigInt!, $rationale: String) {
  revertCanonicalPromotion(input: { decisionId: $decisionId, rationale: $rationale }) {
    result { action nameAfter revertsDecisionId employer { name } }
  }
}`;
const LOG = `query Log($employerId: BigInt!) {
  canonicalDecisions(first: 10, condition: { employerId: $employerId }, orderBy: ROW_ID_ASC) {
    nodes { action nameBefore nameAfter rationale decidedRole userByDecidedBy { username } }
  }
}`;
const METRICS = `query Metrics {
  promotionBacklogs(first: 1) { nodes { items unclaimedItems claimedItems oldestItemAgeDays } }
  promotionDecisionsPerDays(first: 10) { nodes { day action decisions } }
  promotionDecisionsPerStewardDays(first: 10) { nodes { day username action decisions } }
}`;

type Item = { employerId: string; aliasId: string | null; rules: string[]; claimedByUsername: string | null };
const codeOf = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  body.errors?.[0]?.extensions?.code;

it("works the queue: an analyst sees the item, a steward claims, a colleague is refused, the steward promotes and reverts", async () => {
  const queue = await server.gql<{ canonicalPromotionQueue: { totalCount: number; nodes: Item[] } }>(
    QUEUE,
    {},
    analyst,
  );
  expect(queue.body.errors).toBeUndefined();
  expect(queue.body.data!.canonicalPromotionQueue.nodes).toContainEqual(
    expect.objectContaining({
      employerId,
      aliasId,
      candidateName: "Hutchinson Builders Pty Ltd",
      rules: ["seen_more_often_in_feeds", "canonical_looks_like_feed_spelling"],
      candidateRows: "8",
      conflicts: [],
      sources: [
        expect.objectContaining({ sourceSystem: "abr", via: "alias", trustRank: 90 }),
        expect.objectContaining({ sourceSystem: "bci", via: "feed", rows: 8, projects: 3 }),
      ],
      claimedByUsername: null,
    }),
  );

  const claim = await server.gql<{ claimPromotionItem: { result: { claimedBy: string } } }>(
    CLAIM,
    { employerId },
    steward,
  );
  expect(claim.body.errors).toBeUndefined();
  expect(claim.body.data!.claimPromotionItem.result.claimedBy).toBe(users.steward.id);
  const seen = await server.gql<{ canonicalPromotionQueue: { nodes: Item[] } }>(QUEUE, {}, analyst);
  expect(
    seen.body.data!.canonicalPromotionQueue.nodes.find((n) => n.employerId === employerId)?.claimedByUsername,
  ).toBe("test_steward");

  const refused = await server.gql(PROMOTE, { employerId, aliasId }, colleague);
  expect(refused.body.errors?.[0]).toMatchObject({
    message: expect.stringMatching(/^Employer #\d+ is claimed by test_steward until .* UTC$/),
    extensions: { code: "PROMOTION_ITEM_CLAIMED" },
  });

  const promoted = await server.gql<{
    promoteCanonicalName: {
      result: { rowId: string; nameAfter: string; evidence: Record<string, unknown>; employer: unknown };
    };
  }>(PROMOTE, { employerId, aliasId, rationale: "the ABR legal name" }, steward);
  expect(promoted.body.errors).toBeUndefined();
  const decision = promoted.body.data!.promoteCanonicalName.result;
  expect(decision).toMatchObject({
    nameAfter: "Hutchinson Builders Pty Ltd",
    evidence: { rules: ["seen_more_often_in_feeds", "canonical_looks_like_feed_spelling"], candidate: { rows: 8 } },
    employer: {
      name: "Hutchinson Builders Pty Ltd",
      aliases: { nodes: [{ name: "HUTCHINSON BUILDERS", kind: "feed_spelling" }] },
    },
  });

  const reverted = await server.gql<{ revertCanonicalPromotion: { result: Record<string, unknown> } }>(
    REVERT,
    { decisionId: decision.rowId, rationale: "the feed name is what sites use" },
    steward,
  );
  expect(reverted.body.errors).toBeUndefined();
  expect(reverted.body.data!.revertCanonicalPromotion.result).toEqual({
    action: "revert",
    nameAfter: "HUTCHINSON BUILDERS",
    revertsDecisionId: decision.rowId,
    employer: { name: "HUTCHINSON BUILDERS" },
  });

  const log = await server.gql<{ canonicalDecisions: { nodes: unknown[] } }>(LOG, { employerId }, analyst);
  expect(log.body.errors).toBeUndefined();
  expect(log.body.data!.canonicalDecisions.nodes).toEqual([
    {
      action: "promote",
      nameBefore: "HUTCHINSON BUILDERS",
      nameAfter: "Hutchinson Builders Pty Ltd",
      rationale: "the ABR legal name",
      decidedRole: "steward",
      userByDecidedBy: { username: "test_steward" },
    },
    {
      action: "revert",
      nameBefore: "Hutchinson Builders Pty Ltd",
      nameAfter: "HUTCHINSON BUILDERS",
      rationale: "the feed name is what sites use",
      decidedRole: "steward",
      userByDecidedBy: { username: "test_steward" },
    },
  ]);

  const metrics = await server.gql<{
    promotionBacklogs: { nodes: Array<{ items: number }> };
    promotionDecisionsPerDays: { nodes: Array<{ action: string; decisions: number }> };
    promotionDecisionsPerStewardDays: { nodes: Array<{ username: string; action: string; decisions: number }> };
  }>(METRICS, {}, analyst);
  expect(metrics.body.errors).toBeUndefined();
  expect(metrics.body.data!.promotionBacklogs.nodes[0]!.items).toEqual(expect.any(Number));
  expect(metrics.body.data!.promotionDecisionsPerDays.nodes).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ action: "promote", decisions: 1 }),
      expect.objectContaining({ action: "revert", decisions: 1 }),
    ]),
  );
  expect(metrics.body.data!.promotionDecisionsPerStewardDays.nodes).toEqual(
    expect.arrayContaining([expect.objectContaining({ username: "test_steward", action: "promote", decisions: 1 })]),
  );
});

it("answers bad decisions with codes a steward can act on", async () => {
  const other = await employerWith(db.ownerPool, "Other Builders Pty Ltd", [
    { name: "Other Build", kind: "trading", source: "abr" },
  ]);
  const cases: Array<[string, string, Record<string, unknown>, string]> = [
    ["an unknown alias", PROMOTE, { employerId, aliasId: "999999" }, "NOT_FOUND"],
    [
      "an alias of another employer",
      PROMOTE,
      { employerId, aliasId: other.aliasIds["Other Build"] },
      "INVALID_CANDIDATE",
    ],
    ["an empty rationale", REJECT, { employerId, aliasId, rationale: " " }, "REASON_REQUIRED"],
    ["a past date", DEFER, { employerId, aliasId, until: "2020-01-01", rationale: "later" }, "INVALID_DEFER_DATE"],
    ["an unknown decision to revert", REVERT, { decisionId: "999999", rationale: "x" }, "NOT_FOUND"],
  ];
  for (const [what, query, variables, code] of cases) {
    const result = await server.gql(query, variables, steward);
    expect([what, codeOf(result.body)]).toEqual([what, code]);
    expect(result.body.errors?.[0]?.message).not.toMatch(/unexpected error/);
  }
});

it("lets an admin release a steward's claim", async () => {
  const fixture = await employerWith(db.ownerPool, "RELEASE BUILDERS", [
    { name: "Release Builders Pty Ltd", kind: "legal", source: "abr" },
  ]);
  await server.gql(CLAIM, { employerId: fixture.employerId }, steward);
  const release = `mutation($employerId: BigInt!) { releasePromotionItem(input: { employerId: $employerId }) { result { claimedBy } } }`;
  const refused = await server.gql(release, { employerId: fixture.employerId }, colleague);
  expect(codeOf(refused.body)).toBe("PROMOTION_ITEM_CLAIMED");
  const released = await server.gql<{ releasePromotionItem: { result: { claimedBy: string } } }>(
    release,
    { employerId: fixture.employerId },
    admin,
  );
  expect(released.body.data!.releasePromotionItem.result.claimedBy).toBe(users.steward.id);
});

describe("refusals", () => {
  it.each([
    ["claim", CLAIM, () => ({ employerId })],
    ["promote", PROMOTE, () => ({ employerId, aliasId })],
    ["reject", REJECT, () => ({ employerId, aliasId, rationale: "no" })],
    ["defer", DEFER, () => ({ employerId, aliasId, until: "2099-01-01", rationale: "later" })],
    ["revert", REVERT, () => ({ decisionId: "1", rationale: "undo" })],
  ])("refuses an analyst's %s with PERMISSION_DENIED", async (_what, query, variables) => {
    const result = await server.gql(query, variables(), analyst);
    expect(codeOf(result.body)).toBe("PERMISSION_DENIED");
  });

  it.each([
    ["the queue", QUEUE, () => ({})],
    ["the decision log", LOG, () => ({ employerId })],
    ["the metrics", METRICS, () => ({})],
    ["a decision", PROMOTE, () => ({ employerId, aliasId })],
  ])("shows an API client nothing of %s", async (_what, query, variables) => {
    const result = await server.gql(query, variables(), apiClient);
    expect(codeOf(result.body)).toBe("PERMISSION_DENIED");
  });

  it("refuses anonymous callers", async () => {
    const result = await server.gql(QUEUE, {});
    expect(codeOf(result.body)).toBe("PERMISSION_DENIED");
  });
});

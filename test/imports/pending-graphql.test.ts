// Batch status and the pending queue through GraphQL: reading by role,
// candidates with explanations, each resolution (and its bulk version) with
// its audit trail, and later imports of a resolved name matching by themselves.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { csv, importText, outcomes, processBatch, seedRegistry, type Registry } from "./import-helpers.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let registry: Registry;
let tokens: Record<"analyst" | "steward" | "admin" | "api", string>;
let batchId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  registry = await seedRegistry(db);
  users = await createUsers(db);
  server = await startTestServer(db);
  const { rows } = await db.ownerPool.query<{ secret: string }>(
    "select (app_public.issue_api_token('partner')).secret",
  );
  tokens = {
    analyst: await server.login(users.analyst.username, users.analyst.password),
    steward: await server.login(users.steward.username, users.steward.password),
    admin: await server.login(users.admin.username, users.admin.password),
    api: rows[0]!.secret,
  };
  const received = await importText(
    db,
    csv(
      "Acme Builders,,,,,P1,Mall,builder,NSW,2000",
      "Kestrel Demolition Pty Ltd,BCI-K1,,,,P2,Site,subcontractor,NSW,2000",
      "Kestrel Demolition,,,,,P3,Site,subcontractor,NSW,2000",
      "Harbourveiw Formwork Services,,,,,P4,Bridge,subcontractor,NSW,2000",
      "TBA,,,,,P5,Unknown,builder,NSW,2000",
      "To Be Advised,,,,,P6,Unknown,builder,NSW,2000",
      "Osprey Cranes,,,,,P7,Lift,subcontractor,QLD,4000",
      "Osprey Crane Hire,,,,,P8,Lift,subcontractor,QLD,4000",
      "Pelican Paving,,,,,P9,Road,subcontractor,QLD,4000",
      "Ibis Insulation,,,,,P10,Roof,subcontractor,QLD,4000",
      ",,,,,P11,Broken,builder,QLD,4000",
    ),
  );
  batchId = received.batchId;
  await processBatch(db, batchId, 4);
}, 180_000);
afterAll(async () => {
  await server.close();
  await db.drop();
});

async function pendingIdFor(name: string): Promise<string> {
  const { rows } = await db.ownerPool.query<{ id: string }>(
    "select pending_employer_id::text as id from app_public.import_rows where batch_id = $1 and company_name = $2",
    [batchId, name],
  );
  return rows[0]!.id;
}

const BATCH_QUERY = `query Batch($id: BigInt!) {
  importBatch(rowId: $id) {
    rowId state rowCount rowsProcessed progress processingSeconds
    matchedIdentifierCount matchedExactCount matchedFuzzyCount pendingCount conflictCount rejectedCount errorCount
    createdAt startedAt finishedAt uploader { username }
    rows(first: 20, orderBy: LINE_ASC) { nodes { line companyName outcome error explanation employerId } }
  }
}`;

describe("batch status", () => {
  it("shows analysts the state, counts, progress, timings and per-row outcomes", async () => {
    const answer = await server.gql<{
      importBatch: Record<string, unknown> & { rows: { nodes: Array<Record<string, unknown>> } };
    }>(BATCH_QUERY, { id: batchId }, tokens.analyst);
    expect(answer.body.errors).toBeUndefined();
    const batch = answer.body.data!.importBatch;
    expect(batch).toMatchObject({
      state: "done",
      rowCount: 11,
      rowsProcessed: 11,
      progress: 1,
      errorCount: 1,
      matchedExactCount: 1,
    });
    expect(batch.finishedAt).not.toBeNull();
    expect(batch.rows.nodes).toHaveLength(11);
    expect(batch.rows.nodes.find((r) => r.line === 12)).toMatchObject({
      outcome: "error",
      error: "company_name is empty",
    });
  });

  it("refuses API clients", async () => {
    const answer = await server.gql(BATCH_QUERY, { id: batchId }, tokens.api);
    expect(answer.body.data?.importBatch ?? null).toBeNull();
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
  });
});

describe("the pending queue", () => {
  it("lists open items with their spellings, occurrences and ranked candidates with explanations", async () => {
    const answer = await server.gql<{
      pendingEmployers: {
        nodes: Array<{
          rowId: string;
          name: string;
          occurrenceCount: number;
          pendingEmployerNames: { nodes: Array<{ name: string }> };
          occurrences: { totalCount: number };
          candidates: {
            nodes: Array<{
              rank: number;
              score: number;
              band: string;
              explanation: string;
              employer: { rowId: string };
            }>;
          };
        }>;
      };
    }>(
      `{ pendingEmployers(first: 20, condition: { status: open }, orderBy: OCCURRENCE_COUNT_DESC) { nodes {
          rowId name occurrenceCount pendingEmployerNames(first: 10) { nodes { name } }
          occurrences(first: 10) { totalCount }
          candidates(first: 5) { nodes { rank score band explanation employer { rowId } } } } } }`,
      {},
      tokens.analyst,
    );
    expect(answer.body.errors).toBeUndefined();
    const items = answer.body.data!.pendingEmployers.nodes;
    const kestrel = items.find((i) => i.name.startsWith("Kestrel"))!;
    expect(kestrel.occurrenceCount).toBe(2);
    expect(kestrel.occurrences.totalCount).toBe(2);
    const harbour = items.find((i) => i.name.startsWith("Harbourveiw"))!;
    const top = harbour.candidates.nodes[0]!;
    expect(top).toMatchObject({ rank: 1, employer: { rowId: registry.harbour } });
    expect(top.score).toBeGreaterThan(0.5);
    expect(top.explanation).toContain("Harbourview Formwork");
  });

  it("does not let analysts resolve", async () => {
    const answer = await server.gql(
      'mutation($id: BigInt!) { rejectPendingEmployer(input: { pendingEmployerId: $id, reason: "junk" }) { result { status } } }',
      { id: await pendingIdFor("TBA") },
      tokens.analyst,
    );
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
  });

  it("matches an item to an employer: its spellings become aliases, audited, and later imports match", async () => {
    const id = await pendingIdFor("Harbourveiw Formwork Services");
    const answer = await server.gql<{
      matchPendingEmployer: { result: { status: string; resolver: { username: string } } };
    }>(
      `mutation($id: BigInt!, $employer: BigInt!) { matchPendingEmployer(input: { pendingEmployerId: $id, employerId: $employer, note: "same firm" }) {
         result { status resolver { username } } } }`,
      { id, employer: registry.harbour },
      tokens.steward,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.matchPendingEmployer.result).toEqual({
      status: "matched",
      resolver: { username: users.steward.username },
    });
    const { rows: aliases } = await db.ownerPool.query(
      "select kind::text, import_batch_id::text, import_row, added_by::text from app_public.aliases where employer_id = $1 and name = 'Harbourveiw Formwork Services'",
      [registry.harbour],
    );
    expect(aliases).toEqual([
      { kind: "feed_spelling", import_batch_id: batchId, import_row: 5, added_by: users.steward.id },
    ]);
    const audit = await server.gql<{
      auditEvents: { nodes: Array<{ after: { status: string }; actorUserId: string }> };
    }>(
      `query($key: String!) { auditEvents(first: 10, condition: { tableName: "app_public.pending_employers", rowKey: $key }, orderBy: OCCURRED_AT_DESC) { nodes { after actorUserId } } }`,
      { key: id },
      tokens.analyst,
    );
    expect(audit.body.errors).toBeUndefined();
    expect(audit.body.data!.auditEvents.nodes[0]).toMatchObject({
      after: { status: "matched" },
      actorUserId: users.steward.id,
    });

    const later = await importText(db, csv("Harbourveiw Formwork Services,,,,,P30,Quay,subcontractor,NSW,2000"));
    await processBatch(db, later.batchId);
    expect((await outcomes(db, later.batchId))[0]).toMatchObject({
      outcome: "matched_exact",
      employer_id: registry.harbour,
    });
  });

  it("creates an employer from an item, with its identifiers, and later imports match it", async () => {
    const id = await pendingIdFor("Kestrel Demolition Pty Ltd");
    const answer = await server.gql<{
      createEmployerFromPending: { result: { status: string; resolvedEmployer: { rowId: string; name: string } } };
    }>(
      `mutation($id: BigInt!) { createEmployerFromPending(input: { pendingEmployerId: $id }) { result { status resolvedEmployer { rowId name } } } }`,
      { id },
      tokens.steward,
    );
    expect(answer.body.errors).toBeUndefined();
    const created = answer.body.data!.createEmployerFromPending.result;
    expect(created.status).toBe("created");
    const { rows: ids } = await db.ownerPool.query(
      "select scheme, value from app_public.employer_identifiers where employer_id = $1",
      [created.resolvedEmployer.rowId],
    );
    expect(ids).toEqual([{ scheme: "bci_company", value: "BCI-K1" }]);
    const later = await importText(
      db,
      csv("KESTREL DEMOLITION,,,,,P31,Site,subcontractor,NSW,2000", "Someone Else,BCI-K1,,,,P32,Site,builder,NSW,2000"),
    );
    await processBatch(db, later.batchId);
    const rows = await outcomes(db, later.batchId);
    expect(rows[0]).toMatchObject({ outcome: "matched_exact", employer_id: created.resolvedEmployer.rowId });
    expect(rows[1]).toMatchObject({ outcome: "matched_identifier", employer_id: created.resolvedEmployer.rowId });
  });

  it("merges two items into one and refuses merging an item into itself", async () => {
    const a = await pendingIdFor("Osprey Cranes");
    const b = await pendingIdFor("Osprey Crane Hire");
    const self = await server.gql(
      `mutation($a: BigInt!) { mergePendingEmployers(input: { survivorId: $a, mergedId: $a }) { result { rowId } } }`,
      { a },
      tokens.steward,
    );
    expect(self.body.errors?.[0]?.extensions?.code).toBe("INVALID_PENDING_MERGE");
    const answer = await server.gql<{
      mergePendingEmployers: { result: { occurrenceCount: number; pendingEmployerNames: { totalCount: number } } };
    }>(
      `mutation($a: BigInt!, $b: BigInt!) { mergePendingEmployers(input: { survivorId: $a, mergedId: $b }) { result { occurrenceCount pendingEmployerNames(first: 5) { totalCount } } } }`,
      { a, b },
      tokens.steward,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.mergePendingEmployers.result).toEqual({
      occurrenceCount: 2,
      pendingEmployerNames: { totalCount: 2 },
    });
    const { rows } = await db.ownerPool.query(
      "select status::text, merged_into_id::text from app_public.pending_employers where id = $1",
      [b],
    );
    expect(rows[0]).toEqual({ status: "merged", merged_into_id: a });
  });

  it("rejects items in bulk with a reason; later rows with those names are marked rejected", async () => {
    const tba = await pendingIdFor("TBA");
    const advised = await pendingIdFor("To Be Advised");
    const noReason = await server.gql(
      `mutation($ids: [BigInt]!) { bulkRejectPendingEmployers(input: { pendingEmployerIds: $ids, reason: " " }) { clientMutationId } }`,
      { ids: [tba, advised] },
      tokens.steward,
    );
    expect(noReason.body.errors?.[0]?.extensions?.code).toBe("REASON_REQUIRED");
    const answer = await server.gql<{ bulkRejectPendingEmployers: { result: Array<{ status: string }> } }>(
      `mutation($ids: [BigInt]!) { bulkRejectPendingEmployers(input: { pendingEmployerIds: $ids, reason: "placeholder, not a company" }) { result { status } } }`,
      { ids: [tba, advised] },
      tokens.admin,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.bulkRejectPendingEmployers.result).toEqual([
      { status: "rejected" },
      { status: "rejected" },
    ]);
    const again = await server.gql(
      `mutation($id: BigInt!) { rejectPendingEmployer(input: { pendingEmployerId: $id, reason: "twice" }) { clientMutationId } }`,
      { id: tba },
      tokens.steward,
    );
    expect(again.body.errors?.[0]?.extensions?.code).toBe("PENDING_RESOLVED");
    const later = await importText(db, csv("TBA,,,,,P40,Unknown,builder,NSW,2000"));
    await processBatch(db, later.batchId);
    expect((await outcomes(db, later.batchId))[0]).toMatchObject({ outcome: "rejected", pending_employer_id: tba });
  });

  it("matches and creates in bulk, all or nothing", async () => {
    const pelican = await pendingIdFor("Pelican Paving");
    const ibis = await pendingIdFor("Ibis Insulation");
    // A registered employer the item is, bar the legal form: a candidate in the auto band.
    const pelicanEmployer = (
      await db.ownerPool.query<{ id: string }>(
        "select (app_public.register_employer('Pelican Paving Pty Ltd')).id::text as id",
      )
    ).rows[0]!.id;
    const failing = await server.gql(
      `mutation($choices: [PendingMatchChoiceInput]!) { bulkMatchPendingEmployers(input: { choices: $choices }) { clientMutationId } }`,
      {
        choices: [
          { pendingEmployerId: pelican, employerId: pelicanEmployer },
          { pendingEmployerId: ibis, employerId: "999999" },
        ],
      },
      tokens.steward,
    );
    // An employer that is not one of the item's candidates is refused in bulk.
    expect(failing.body.errors?.[0]?.extensions?.code).toBe("CANDIDATE_BELOW_REVIEW");
    const { rows: still } = await db.ownerPool.query(
      "select status::text from app_public.pending_employers where id = $1",
      [pelican],
    );
    expect(still[0].status).toBe("open");
    const matched = await server.gql(
      `mutation($choices: [PendingMatchChoiceInput]!) { bulkMatchPendingEmployers(input: { choices: $choices }) { result { status } } }`,
      { choices: [{ pendingEmployerId: pelican, employerId: pelicanEmployer }] },
      tokens.steward,
    );
    expect(matched.body.errors).toBeUndefined();
    const created = await server.gql<{
      bulkCreateEmployersFromPending: { result: Array<{ status: string; resolvedEmployer: { name: string } }> };
    }>(
      `mutation($ids: [BigInt]!) { bulkCreateEmployersFromPending(input: { pendingEmployerIds: $ids }) { result { status resolvedEmployer { name } } } }`,
      { ids: [ibis] },
      tokens.steward,
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.bulkCreateEmployersFromPending.result).toEqual([
      { status: "created", resolvedEmployer: { name: "Ibis Insulation" } },
    ]);
  });

  it("refuses resolutions while imports are switched off", async () => {
    await db.ownerPool.query("update app_public.feature_switches set is_enabled = false where key = 'imports'");
    try {
      const answer = await server.gql(
        `mutation($id: BigInt!) { rejectPendingEmployer(input: { pendingEmployerId: $id, reason: "off" }) { clientMutationId } }`,
        { id: await pendingIdFor("Osprey Cranes") },
        tokens.steward,
      );
      expect(answer.body.errors?.[0]?.extensions?.code).toBe("FEATURE_DISABLED");
    } finally {
      await db.ownerPool.query("update app_public.feature_switches set is_enabled = true where key = 'imports'");
    }
  });
});

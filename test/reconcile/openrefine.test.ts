// Reconciles like OpenRefine, end to end over HTTP: the service URL with a
// reconciliation key (OpenRefine sends no headers), the manifest, 500 names
// with two properties (ABN and state) in batches of 10 as form posts, a
// preview, a suggestion and a data extension; every answer validated against
// the schemas, and every name reconciled to the employers `ops match` gives.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { lines, runOps } from "../helpers/ops.ts";
import { advanceIdentitySequences, loadChunk, makeLoaderPool } from "../../scripts/seed/bulk-load.ts";
import { QueryMixBuilder } from "../../scripts/seed/query-mix.ts";
import { makeRandom } from "../../scripts/seed/random.ts";
import { generateRegistry } from "../../scripts/seed/registry-generator.ts";
import { makeVocabulary } from "../../scripts/seed/vocabulary.ts";
import {
  extendResponseSchema,
  manifestSchema,
  queryBatchResponseSchema,
  schemaErrors,
  suggestResponseSchema,
} from "./schemas.ts";

const EMPLOYERS = 3000;
const NAMES = 500;
const OPENREFINE_BATCH = 10;

let db: TestDatabase;
let server: TestServer;
let serviceUrl: string;
const queries: Array<{ text: string; abn: string | null; state: string }> = [];
const schemaProblems: string[] = [];

interface Candidate {
  id: string;
  name: string;
  score: number;
  match: boolean;
  features: Array<{ id: string; value: number | boolean }>;
}
interface OpsMatch {
  query: string;
  matches: Array<{ employer_id: string; score: number; band: string; method: string }>;
}

/** GETs or POSTs like OpenRefine (no headers but the form's), and checks the answer against a schema. */
async function openRefine(schema: { $id: string }, url: string, form?: Record<string, string>) {
  const response = await fetch(
    url,
    form
      ? {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(form).toString(),
        }
      : {},
  );
  expect(response.status).toBe(200);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body: any = await response.json();
  schemaProblems.push(...schemaErrors(schema, body).map((e) => `${url}: ${e}`));
  return body;
}

async function opsMatch(names: string[]): Promise<OpsMatch[]> {
  const run = await runOps(db, ["match", "-"], { stdin: names.join("\n") + "\n" });
  expect(run.code).toBe(0);
  return lines(run.stdout).map((line) => JSON.parse(line) as OpsMatch);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const loader = makeLoaderPool(db.rootUrl, 2);
  try {
    const normalizerVersion = Number(
      (await db.ownerPool.query("select app_hidden.normalizer_version() as v")).rows[0].v,
    );
    const random = makeRandom(17);
    const vocabulary = makeVocabulary(random, { surnames: 2_000, places: 400, brands: 300 });
    const mix = new QueryMixBuilder(random.fork("queries"), vocabulary, NAMES);
    const abnOf = new Map<number, string | null>();
    for (const chunk of generateRegistry({
      employers: EMPLOYERS,
      chunkSize: 1000,
      random: random.fork("registry"),
      vocabulary,
      onEmployer: (profile) => {
        abnOf.set(profile.id, profile.abn);
        mix.consider(profile);
      },
    })) {
      await loadChunk(loader, chunk, normalizerVersion);
    }
    await advanceIdentitySequences(loader);
    await loader.query("select app_hidden.rebuild_search_index()");
    await loader.query("analyze");
    const states = ["NSW", "VIC", "QLD"];
    mix.build().forEach((query, i) => {
      // Half the rows carry the ABN of the employer the name was made from, as a spreadsheet column would.
      const abn = i % 2 === 0 && query.expect !== null ? (abnOf.get(query.expect) ?? null) : null;
      queries.push({ text: query.text, abn, state: states[i % 3]! });
    });
  } finally {
    await loader.end();
  }
  expect(queries).toHaveLength(NAMES);
  server = await startTestServer(db);
  // A partner's token with the analyst role sees what `ops match` (an operator) sees: internal names too.
  const issued = await db.ownerPool.query<{ secret: string }>(
    "select (app_public.issue_api_token('OpenRefine partner', 'analyst')).secret",
  );
  const keyAnswer = await fetch(`${server.url}/reconcile/keys`, {
    method: "POST",
    headers: { authorization: `Bearer ${issued.rows[0]!.secret}` },
  });
  serviceUrl = ((await keyAnswer.json()) as { serviceUrl: string }).serviceUrl;
});
afterAll(async () => {
  await server?.close();
  await db.drop();
});

it("reconciles 500 names as OpenRefine does, to the employers ops match gives, with valid answers throughout", async () => {
  // 1. Adding the service: OpenRefine reads the manifest.
  const manifest = await openRefine(manifestSchema, serviceUrl);
  expect(manifest.defaultTypes).toEqual([{ id: "Employer", name: "Employer" }]);

  // 2. Reconciling the column: batches of 10, with the ABN and state columns mapped to properties.
  const answers: Candidate[][] = [];
  for (let start = 0; start < queries.length; start += OPENREFINE_BATCH) {
    const batch: Record<string, unknown> = {};
    queries.slice(start, start + OPENREFINE_BATCH).forEach((q, i) => {
      batch[`q${i}`] = {
        query: q.text,
        type: "Employer",
        type_strict: "should",
        properties: [
          { pid: "abn", v: q.abn ?? "" },
          { pid: "state", v: q.state },
        ],
      };
    });
    const body = await openRefine(queryBatchResponseSchema, serviceUrl, { queries: JSON.stringify(batch) });
    for (let i = 0; i < Object.keys(batch).length; i++) answers.push(body[`q${i}`].result);
  }
  expect(answers).toHaveLength(NAMES);

  // 3. The same names (and the ABNs given) through `ops match`.
  const byName = await opsMatch(queries.map((q) => q.text));
  const withAbn = queries.map((q, i) => ({ abn: q.abn, i })).filter((q) => q.abn !== null);
  const byAbn = new Map(
    (await opsMatch(withAbn.map((q) => q.abn!))).map((result, j) => [withAbn[j]!.i, result] as const),
  );
  let settledByAbn = 0;
  let autoMatches = 0;
  const differences: string[] = [];
  answers.forEach((candidates, i) => {
    const identifier = byAbn.get(i)?.matches.find((m) => m.method === "identifier");
    if (identifier) {
      settledByAbn++;
      if (candidates[0]?.id !== identifier.employer_id || candidates[0]?.score !== 100) {
        differences.push(
          `${queries[i]!.text} (ABN ${queries[i]!.abn}): ${candidates[0]?.id} vs ${identifier.employer_id}`,
        );
      }
      return;
    }
    const expected = byName[i]!.matches.map((m) => [
      m.employer_id,
      Math.round(m.score * 10000) / 100,
      m.band === "auto",
    ]);
    const got = candidates.map((c) => [c.id, c.score, c.match]);
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      differences.push(`${queries[i]!.text}: ${JSON.stringify(got)} vs ${JSON.stringify(expected)}`);
    }
    if (candidates[0]?.match) autoMatches++;
  });
  expect(differences).toEqual([]);
  // The comparison means something: many rows were settled by their ABN, many names matched automatically.
  expect(settledByAbn).toBeGreaterThan(50);
  expect(autoMatches).toBeGreaterThan(100);

  // 4. Hovering over a candidate: its preview.
  const first = answers.find((c) => c.length > 0)![0]!;
  const preview = await fetch(manifest.preview.url.replace("{{id}}", first.id));
  expect(preview.status).toBe(200);
  expect(await preview.text()).toContain(first.name.replace(/&/g, "&amp;").replace(/</g, "&lt;"));

  // 5. Searching for a match by hand: a suggestion from the first letters of a name.
  const prefix = first.name.slice(0, 6);
  const suggest = manifest.suggest.entity;
  const suggestions = await openRefine(
    suggestResponseSchema,
    `${suggest.service_url}${suggest.service_path}?prefix=${encodeURIComponent(prefix)}`,
  );
  expect(suggestions.result.length).toBeGreaterThan(0);

  // 6. Adding columns from the matched employers: ABN, canonical name, merged into.
  const matchedIds = [...new Set(answers.filter((c) => c[0]?.match).map((c) => c[0]!.id))].slice(0, 50);
  const extended = await openRefine(extendResponseSchema, serviceUrl, {
    extend: JSON.stringify({ ids: matchedIds, properties: [{ id: "abn" }, { id: "name" }, { id: "merged_into" }] }),
  });
  const { rows } = await db.ownerPool.query<{ id: string; name: string }>(
    "select id::text, name from app_public.employers where id = any ($1::bigint[])",
    [matchedIds],
  );
  for (const row of rows) expect(extended.rows[row.id].name).toEqual([{ str: row.name }]);

  expect(schemaProblems).toEqual([]);
});

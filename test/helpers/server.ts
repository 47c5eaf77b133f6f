// The real HTTP server (express + grafserv + auth + limits) on a free port,
// against a test database, and a small client to talk to it.
import "../../server/src/cli/graphile-env.ts";
import type { AddressInfo } from "node:net";
import type { GraphQLSchema } from "graphql";
import pg from "pg";
import { pino } from "pino";
import { tolerateShutdown } from "../../server/src/db/pool.ts";
import type { ImportLimits, Limits, RateLimits } from "../../server/src/config/env.ts";
import { makeTokenVerifier } from "../../server/src/auth/verify-token.ts";
import { cacheIdentities } from "../../server/src/auth/identity-cache.ts";
import { makeGraphQLRuntime } from "../../server/src/graphql/postgraphile.ts";
import { makeHttpServer } from "../../server/src/http/app.ts";
import type { ReconcileSettings } from "../../server/src/reconcile/reconcile-route.ts";
import type { TestDatabase } from "./db.ts";
import { TEST_JWT_SECRET, testRoles } from "./test-env.ts";

export const defaultTestLimits: Limits = {
  maxDepth: 12,
  maxPageSize: 100,
  maxCost: 20_000,
  maxBodyBytes: 100_000,
  maxFields: 500,
  maxSearches: 10,
  maxGroups: 1_000,
};

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  headers: Headers;
}

export interface TestServer {
  url: string;
  getSchema(): Promise<GraphQLSchema>;
  /** POSTs a GraphQL request; token is sent as a Bearer token when given. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Logs in through the login mutation and returns the token. */
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  limits?: Partial<Limits>;
  /** Limits on uploaded files (default: the IMPORT_* defaults). */
  importLimits?: ImportLimits;
  /** Rate limits and login holds (default: off, so tests of other things are not throttled). */
  rateLimits?: RateLimits;
  loginTokenMinutes?: number;
  serveClient?: boolean;
  /** Log lines the server writes, for tests of logging. */
  logLines?: string[];
  /** METRICS_TOKEN for /metrics (default: none, loopback only). */
  metricsToken?: string | null;
  /** Rows per FETCH in CSV exports. */
  exportBatchSize?: number;
  /** How long verified identities are reused (TOKEN_CACHE_SECONDS in ms; default 0: every request checks). */
  tokenCacheMs?: number;
  /** The reconciliation service's limits (RECONCILE_MAX_BATCH). */
  reconcile?: ReconcileSettings;
}

export async function startTestServer(db: TestDatabase, options: TestServerOptions = {}): Promise<TestServer> {
  const logLines = options.logLines;
  const logger = pino(
    { level: logLines ? "info" : "silent" },
    logLines ? { write: (line: string) => void logLines.push(line) } : undefined,
  );
  const graphql = makeGraphQLRuntime({
    authUrl: db.authUrl,
    rootUrl: null,
    jwtSecret: TEST_JWT_SECRET,
    loginTokenMinutes: options.loginTokenMinutes ?? 60,
    roles: testRoles,
    logger,
    maxGroups: options.limits?.maxGroups ?? defaultTestLimits.maxGroups,
  });
  const authPool = tolerateShutdown(new pg.Pool({ connectionString: db.authUrl, max: 4 }));
  const http = await makeHttpServer({
    pgl: graphql.pgl,
    ownerPool: db.ownerPool,
    verifier: cacheIdentities(makeTokenVerifier(db.ownerPool, TEST_JWT_SECRET), { ttlMs: options.tokenCacheMs ?? 0 }),
    limits: { ...defaultTestLimits, ...options.limits },
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.importLimits ? { importLimits: options.importLimits } : {}),
    logger,
    serveClient: options.serveClient ?? false,
    callerPool: { authPool, roles: testRoles },
    exportBatchSize: options.exportBatchSize,
    metricsToken: options.metricsToken ?? null,
    ...(options.reconcile ? { reconcile: options.reconcile } : {}),
  });
  await new Promise<void>((resolve) => http.server.listen(0, "127.0.0.1", () => resolve()));
  const url = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;

  async function gql<T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>["body"];
    return { status: response.status, body, headers: response.headers };
  }

  return {
    url,
    getSchema: async () => graphql.pgl.getSchema(),
    gql,
    async login(username, password) {
      const result = await gql<{ login: { result: string | null } | null }>(
        "mutation Login($username: String!, $password: String!) { login(input: { username: $username, password: $password }) { result } }",
        { username, password },
      );
      const token = result.body.data?.login?.result;
      if (!token) throw new Error(`login failed for ${username}: ${JSON.stringify(result.body.errors)}`);
      return token;
    },
    async close() {
      await http.close(1_000);
      await graphql.release();
      await authPool.end();
    },
  };
}

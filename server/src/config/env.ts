// Configuration from the environment, parsed once with clear errors: the one
// place that reads settings (HTTP, database, GraphQL limits, request rate
// limits, imports, the background worker). Every variable is documented in
// README.md and .env.example.
import { defaultDataDir } from "../paths.ts";

export interface Limits {
  /** Deepest selection allowed (introspection excepted). */
  maxDepth: number;
  /** Largest first/last on a connection. */
  maxPageSize: number;
  /** Most objects a query may ask for (connections multiply by their page size). */
  maxCost: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Most fields (aliases included) one operation may select, counted before validation. */
  maxFields: number;
  /** Most database-backed searches (searchEmployers) one operation may run. */
  maxSearches: number;
  /** Groups one groupedAggregates may return (it counts this many in the cost). */
  maxGroups: number;
}

/** A token bucket: a steady rate, a burst on top, and a daily quota. */
export interface RateLimit {
  /** Requests (searches count one each) refilled per second. */
  perSecond: number;
  /** Most requests taken at once from a full bucket. */
  burst: number;
  /** Most requests per UTC day. */
  perDay: number;
}

export interface RateLimits {
  /** Off: no request is counted (tests of other things, single-user setups). */
  enabled: boolean;
  /** Each API token, unless an admin gave the token values of its own. */
  apiToken: RateLimit;
  /** Each address without a token (only logging in is open to them). */
  anonymous: RateLimit;
  /** Failed logins per username, and per address, before logins are held back. */
  loginFailures: number;
  /** First hold after that many failures; it doubles with each further failure. */
  loginLockSeconds: number;
  /** The longest hold: never a permanent lock-out. */
  loginLockMaxSeconds: number;
}

export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most data rows a file may have. */
  maxRows: number;
  /** Longest field (and record) in characters. */
  maxFieldChars: number;
}

export interface ImportSettings {
  limits: ImportLimits;
  /** Rows matched per transaction by the worker. */
  chunkRows: number;
  /** A batch's job gives the worker back after this many seconds, so batches queued behind it get their turn. */
  turnSeconds: number;
  /** Tests only (IMPORT_TEST_CRASH_AFTER_CHUNKS): `npm run worker` dies after this many chunks. */
  testCrashAfterChunks: number | undefined;
}

export interface WorkerSettings {
  /** Run the graphile-worker runner inside `npm start` (WORKER and IMPORT_WORKER both on). */
  inProcess: boolean;
  /** Jobs one runner works on at once. */
  concurrency: number;
}

export interface AppConfig {
  host: string;
  port: number;
  /** Folder for the embedded database, generated secrets and logs. */
  dataDir: string;
  /** Set when an external PostgreSQL is used; embedded mode otherwise. */
  external: ExternalDatabase | null;
  /** Prefix of the visitor role names (anonymous, api_client, analyst, steward, admin). */
  rolePrefix: string;
  /** Signs login tokens; generated and kept in .data/ in embedded mode when unset. */
  jwtSecret: string | null;
  loginTokenMinutes: number;
  /** How long a verified token's identity is reused (0: checked on every request); revocation waits at most this. */
  tokenCacheSeconds: number;
  limits: Limits;
  rateLimits: RateLimits;
  imports: ImportSettings;
  worker: WorkerSettings;
  logLevel: string;
  /** LOG_FORMAT: json (one JSON line per event) or pretty (one short line); null: pretty on a terminal, else json. */
  logFormat: "json" | "pretty" | null;
  loadDemoData: boolean;
  /** Serve the built client at / (off for API-only deployments). */
  serveClient: boolean;
  /** Rebuild the GraphQL schema when the database changes (npm run dev; needs a superuser URL). */
  watchSchema: boolean;
  /** Bearer token for /metrics; null: metrics are served to loopback callers only. */
  metricsToken: string | null;
  /** The reconciliation service (/reconcile): most queries or extend ids per request. */
  reconcile: { maxBatch: number };
  /** The environment's name (REGISTRY_ENV): shown by ops commands; "production" makes risky ones ask first. */
  environment: string;
}

export interface ExternalDatabase {
  /** Owner of the database: migrations, background work, operator commands. */
  databaseUrl: string;
  /** The authenticator (login, noinherit) that the GraphQL API connects as. */
  authDatabaseUrl: string;
  /** A superuser, for the role bootstrap and extensions; optional once bootstrapped. */
  rootDatabaseUrl: string | null;
  /** Used only by `graphile-migrate commit` during development. */
  shadowDatabaseUrl: string | null;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function url(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === "") return null;
  try {
    const parsed = new URL(raw);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error("not postgres");
    return raw;
  } catch {
    throw new ConfigError(`${name} must be a postgres:// connection string`);
  }
}

function logFormat(env: NodeJS.ProcessEnv): "json" | "pretty" | null {
  const raw = env.LOG_FORMAT;
  if (raw === undefined || raw === "" || raw === "auto") return null;
  if (raw === "json" || raw === "pretty") return raw;
  throw new ConfigError(`LOG_FORMAT must be json, pretty or auto (got "${raw}")`);
}

function rateLimit(env: NodeJS.ProcessEnv, prefix: string, fallback: RateLimit): RateLimit {
  const perSecond = int(env, `${prefix}_PER_SECOND`, fallback.perSecond, 1, 100_000);
  const burst = int(env, `${prefix}_BURST`, fallback.burst, 1, 1_000_000);
  const perDay = int(env, `${prefix}_PER_DAY`, fallback.perDay, 1, 1_000_000_000);
  return { perSecond, burst, perDay };
}

/** Defaults of the import limits, for callers without a configuration (the demo loader, tests). */
export const defaultImportLimits: ImportLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxRows: 2_000_000,
  maxFieldChars: 10_000,
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = url(env, "DATABASE_URL");
  const authDatabaseUrl = url(env, "AUTH_DATABASE_URL");
  if ((databaseUrl === null) !== (authDatabaseUrl === null)) {
    throw new ConfigError(
      "Set both DATABASE_URL (the owner) and AUTH_DATABASE_URL (the authenticator) to use an external PostgreSQL, or neither for the embedded one",
    );
  }
  const jwtSecret = env.JWT_SECRET && env.JWT_SECRET !== "" ? env.JWT_SECRET : null;
  if (jwtSecret !== null && jwtSecret.length < 32) {
    throw new ConfigError("JWT_SECRET must have at least 32 characters");
  }
  if (databaseUrl !== null && jwtSecret === null) {
    throw new ConfigError(
      "JWT_SECRET is required with an external PostgreSQL (servers behind a load balancer must share it)",
    );
  }
  const metricsToken = env.METRICS_TOKEN && env.METRICS_TOKEN !== "" ? env.METRICS_TOKEN : null;
  if (metricsToken !== null && metricsToken.length < 16) {
    throw new ConfigError("METRICS_TOKEN must have at least 16 characters");
  }
  const rolePrefix = env.ROLE_PREFIX ?? "ear_";
  if (!/^[a-z][a-z0-9_]{0,20}$/.test(rolePrefix)) {
    throw new ConfigError("ROLE_PREFIX must be lower-case letters, digits and underscores (at most 21)");
  }
  const environment = env.REGISTRY_ENV && env.REGISTRY_ENV !== "" ? env.REGISTRY_ENV : "development";
  if (!/^[a-z][a-z0-9-]{0,30}$/.test(environment)) {
    throw new ConfigError("REGISTRY_ENV must be lower-case letters, digits and hyphens (at most 31), e.g. production");
  }
  return {
    host: env.HOST && env.HOST !== "" ? env.HOST : "127.0.0.1",
    port: int(env, "PORT", 3000, 0, 65535),
    dataDir: env.DATA_DIR && env.DATA_DIR !== "" ? env.DATA_DIR : defaultDataDir,
    external:
      databaseUrl !== null && authDatabaseUrl !== null
        ? {
            databaseUrl,
            authDatabaseUrl,
            rootDatabaseUrl: url(env, "ROOT_DATABASE_URL"),
            shadowDatabaseUrl: url(env, "SHADOW_DATABASE_URL"),
          }
        : null,
    rolePrefix,
    jwtSecret,
    loginTokenMinutes: int(env, "LOGIN_TOKEN_MINUTES", 60, 1, 24 * 60),
    tokenCacheSeconds: int(env, "TOKEN_CACHE_SECONDS", 5, 0, 60),
    limits: {
      maxDepth: int(env, "GRAPHQL_MAX_DEPTH", 12, 2, 100),
      maxPageSize: int(env, "GRAPHQL_MAX_PAGE_SIZE", 100, 1, 10_000),
      maxCost: int(env, "GRAPHQL_MAX_COST", 20_000, 10, 10_000_000),
      maxBodyBytes: int(env, "GRAPHQL_MAX_BODY_BYTES", 100_000, 1_000, 50_000_000),
      maxFields: int(env, "GRAPHQL_MAX_FIELDS", 500, 10, 100_000),
      maxSearches: int(env, "GRAPHQL_MAX_SEARCHES", 10, 1, 1_000),
      maxGroups: int(env, "GRAPHQL_MAX_GROUPS", 1_000, 1, 1_000_000),
    },
    rateLimits: {
      enabled: bool(env, "RATE_LIMITS", true),
      apiToken: rateLimit(env, "API_TOKEN_RATE", { perSecond: 10, burst: 20, perDay: 50_000 }),
      anonymous: rateLimit(env, "ANONYMOUS_RATE", { perSecond: 2, burst: 10, perDay: 2_000 }),
      loginFailures: int(env, "LOGIN_MAX_FAILURES", 5, 1, 1_000),
      loginLockSeconds: int(env, "LOGIN_LOCK_SECONDS", 30, 1, 3_600),
      loginLockMaxSeconds: int(env, "LOGIN_LOCK_MAX_SECONDS", 900, 1, 86_400),
    },
    imports: {
      limits: {
        maxBytes: int(env, "IMPORT_MAX_BYTES", defaultImportLimits.maxBytes, 1024, 10 * 1024 * 1024 * 1024),
        maxRows: int(env, "IMPORT_MAX_ROWS", defaultImportLimits.maxRows, 1, 50_000_000),
        maxFieldChars: int(env, "IMPORT_MAX_FIELD_CHARS", defaultImportLimits.maxFieldChars, 100, 1_000_000),
      },
      chunkRows: int(env, "IMPORT_CHUNK_ROWS", 5_000, 1, 100_000),
      turnSeconds: int(env, "IMPORT_TURN_SECONDS", 10, 1, 86_400),
      testCrashAfterChunks: env.IMPORT_TEST_CRASH_AFTER_CHUNKS
        ? int(env, "IMPORT_TEST_CRASH_AFTER_CHUNKS", 0, 0, 1_000_000)
        : undefined,
    },
    worker: {
      inProcess: bool(env, "WORKER", true) && bool(env, "IMPORT_WORKER", true),
      concurrency: int(env, "WORKER_CONCURRENCY", 1, 1, 64),
    },
    logLevel: env.LOG_LEVEL && env.LOG_LEVEL !== "" ? env.LOG_LEVEL : "info",
    logFormat: logFormat(env),
    loadDemoData: bool(env, "DEMO_DATA", true),
    serveClient: bool(env, "SERVE_CLIENT", true),
    watchSchema: bool(env, "GRAPHQL_WATCH", false),
    metricsToken,
    reconcile: { maxBatch: int(env, "RECONCILE_MAX_BATCH", 100, 1, 1000) },
    environment,
  };
}

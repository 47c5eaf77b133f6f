// Configuration from the environment, parsed once with clear errors.
// Every variable is documented in README.md and .env.example.
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
  /** Run the background worker (graphile-worker: the hourly analytics refresh) in this process. */
  runWorker: boolean;
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
    },
    logLevel: env.LOG_LEVEL && env.LOG_LEVEL !== "" ? env.LOG_LEVEL : "info",
    logFormat: logFormat(env),
    loadDemoData: bool(env, "DEMO_DATA", true),
    serveClient: bool(env, "SERVE_CLIENT", true),
    watchSchema: bool(env, "GRAPHQL_WATCH", false),
    metricsToken,
    runWorker: bool(env, "WORKER", true),
    reconcile: { maxBatch: int(env, "RECONCILE_MAX_BATCH", 100, 1, 1000) },
    environment,
  };
}

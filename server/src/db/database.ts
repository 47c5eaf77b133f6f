// Finds the database to use and gets it ready: the embedded PostgreSQL (the
// default) or an external one from DATABASE_URL/AUTH_DATABASE_URL; then the
// role bootstrap (when a superuser URL is known) and the committed migrations.
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import type { AppConfig } from "../config/env.ts";
import { visitorRoleNames, type RoleNames } from "../config/roles.ts";
import { loadOrCreateSecrets } from "../config/secrets.ts";
import { bootstrapDatabase, withDatabase } from "./bootstrap.ts";
import { startEmbedded, type EmbeddedCluster } from "./embedded.ts";
import { releaseMigrationPools, runMigrations } from "./migrations.ts";

export const EMBEDDED_DATABASE = "employer_registry";

export interface DatabaseRuntime {
  databaseName: string;
  ownerUrl: string;
  authUrl: string;
  rootUrl: string | null;
  shadowUrl: string | null;
  roles: RoleNames;
  jwtSecret: string;
  embedded: EmbeddedCluster | null;
  /** Stops the embedded PostgreSQL if this process started it. */
  close(): Promise<void>;
}

function userOf(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error("Connection strings must name their user");
  return user;
}

function databaseOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error("DATABASE_URL must name its database");
  return name;
}

function loginUrl(user: string, password: string, port: number, database: string): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

export async function openDatabase(config: AppConfig, logger: Logger): Promise<DatabaseRuntime> {
  if (config.external) {
    const ext = config.external;
    const roles: RoleNames = {
      owner: userOf(ext.databaseUrl),
      authenticator: userOf(ext.authDatabaseUrl),
      visitors: visitorRoleNames(config.rolePrefix),
    };
    return {
      databaseName: databaseOf(ext.databaseUrl),
      ownerUrl: ext.databaseUrl,
      authUrl: ext.authDatabaseUrl,
      rootUrl: ext.rootDatabaseUrl,
      shadowUrl: ext.shadowDatabaseUrl,
      roles,
      jwtSecret: config.jwtSecret!,
      embedded: null,
      close: async () => undefined,
    };
  }

  const secrets = await loadOrCreateSecrets(config.dataDir);
  const pgLog = createWriteStream(join(config.dataDir, "postgres.log"), { flags: "a" });
  const embedded = await startEmbedded({
    dataDir: config.dataDir,
    superuserPassword: secrets.superuserPassword,
    log: (message) => pgLog.write(message + "\n"),
  });
  logger.debug({ port: embedded.port, owned: embedded.owned }, "embedded PostgreSQL ready");
  const roles: RoleNames = {
    owner: `${config.rolePrefix}owner`,
    authenticator: `${config.rolePrefix}authenticator`,
    visitors: visitorRoleNames(config.rolePrefix),
  };
  const rootUrl = loginUrl(embedded.superuser, embedded.superuserPassword, embedded.port, "postgres");
  return {
    databaseName: EMBEDDED_DATABASE,
    ownerUrl: loginUrl(roles.owner, secrets.ownerPassword, embedded.port, EMBEDDED_DATABASE),
    authUrl: loginUrl(roles.authenticator, secrets.authenticatorPassword, embedded.port, EMBEDDED_DATABASE),
    rootUrl,
    shadowUrl: loginUrl(roles.owner, secrets.ownerPassword, embedded.port, `${EMBEDDED_DATABASE}_shadow`),
    roles,
    jwtSecret: config.jwtSecret ?? secrets.jwtSecret,
    embedded,
    close: async () => {
      await embedded.stop();
      pgLog.end();
    },
  };
}

/** Roles, database, extensions (when a superuser URL is known), then migrations. */
export async function prepareDatabase(db: DatabaseRuntime, logger: Logger): Promise<void> {
  if (db.rootUrl) {
    const passwordOf = (url: string) => decodeURIComponent(new URL(url).password) || null;
    await bootstrapDatabase({
      rootUrl: db.rootUrl,
      databaseName: db.databaseName,
      roles: db.roles,
      ownerPassword: passwordOf(db.ownerUrl),
      authenticatorPassword: passwordOf(db.authUrl),
    });
    logger.debug("roles and database bootstrapped");
  } else {
    logger.info("no ROOT_DATABASE_URL: assuming roles, database and extensions were bootstrapped already");
  }
  await runMigrations({ ownerUrl: db.ownerUrl, rootUrl: db.rootUrl, roles: db.roles });
  // graphile-migrate keeps its pools open for a moment after use and exits the process (code 1) when one of them
  // sees an error: a signal arriving just after start-up would stop PostgreSQL under them. Close them now.
  await releaseMigrationPools();
  logger.debug("migrations applied");
}

export { withDatabase };

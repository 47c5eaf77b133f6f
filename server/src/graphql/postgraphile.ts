// Builds the PostGraphile instance from the preset on pools of our own (which
// expect the database to go away at shutdown), and releases it fully: the
// instance, its service's subscriber, then the pools.
import pg from "pg";
import { postgraphile, type PostGraphileInstance } from "postgraphile";
import type { Logger } from "pino";
import { makePreset } from "../../../graphile.config.ts";
import type { RoleNames } from "../config/roles.ts";
import { tolerateShutdown } from "../db/pool.ts";

export interface GraphQLRuntime {
  pgl: PostGraphileInstance;
  release(): Promise<void>;
}

export interface GraphQLRuntimeOptions {
  authUrl: string;
  rootUrl: string | null;
  jwtSecret: string;
  loginTokenMinutes: number;
  roles: RoleNames;
  logger: Logger;
  watch?: boolean;
  /** Most groups one groupedAggregates returns. */
  maxGroups?: number;
}

export function makeGraphQLRuntime(options: GraphQLRuntimeOptions): GraphQLRuntime {
  const report = (message: string) => options.logger.warn(message);
  const pool = tolerateShutdown(new pg.Pool({ connectionString: options.authUrl }), report);
  const superuserPool = options.rootUrl
    ? tolerateShutdown(new pg.Pool({ connectionString: options.rootUrl, max: 2 }), report)
    : undefined;
  const preset = makePreset({
    authDatabaseUrl: options.authUrl,
    superuserDatabaseUrl: options.rootUrl ?? undefined,
    pool,
    superuserPool,
    jwtSecret: options.jwtSecret,
    loginTokenMinutes: options.loginTokenMinutes,
    roles: options.roles,
    logger: options.logger,
    watch: options.watch ?? false,
    ...(options.maxGroups === undefined ? {} : { maxGroups: options.maxGroups }),
  });
  const pgl = postgraphile(preset);
  return {
    pgl,
    async release() {
      await pgl.release();
      for (const service of preset.pgServices ?? []) await service.release?.();
      await pool.end();
      await superuserPool?.end();
    },
  };
}

// Builds the PostGraphile instance from the preset, and releases it fully
// (the pg pools behind pgServices are not ended by pgl.release() alone).
import { postgraphile, type PostGraphileInstance } from "postgraphile";
import type { Logger } from "pino";
import { makePreset } from "../../../graphile.config.ts";
import type { RoleNames } from "../config/roles.ts";

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
}

export function makeGraphQLRuntime(options: GraphQLRuntimeOptions): GraphQLRuntime {
  const preset = makePreset({
    authDatabaseUrl: options.authUrl,
    superuserDatabaseUrl: options.rootUrl ?? undefined,
    jwtSecret: options.jwtSecret,
    loginTokenMinutes: options.loginTokenMinutes,
    roles: options.roles,
    logger: options.logger,
    watch: options.watch ?? false,
  });
  const pgl = postgraphile(preset);
  return {
    pgl,
    async release() {
      await pgl.release();
      for (const service of preset.pgServices ?? []) await service.release?.();
    },
  };
}

// The one PostGraphile preset: which database, which schema, which plugins,
// how each request's database settings are derived, and how errors are shown.
// Connection strings and secrets are passed in, because in embedded mode they
// are only known once the embedded PostgreSQL has started.
import type {} from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import type pg from "pg";
import { makePgService } from "postgraphile/adaptors/pg";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import type { Logger } from "pino";
import type { RoleNames } from "./server/src/config/roles.ts";
import { anonymousIdentity, type Identity } from "./server/src/auth/identity.ts";
import { JWT_AUDIENCE, JWT_ISSUER } from "./server/src/auth/verify-token.ts";
import { pgSettingsFor } from "./server/src/auth/pg-settings.ts";
import { makeMaskError } from "./server/src/graphql/mask-error.ts";
import { graphiqlHtmlParts } from "./server/src/graphql/graphiql.ts";
import { makeGroupLimitPlugin } from "./server/src/graphql/group-limit-plugin.ts";

declare global {
  namespace Grafast {
    interface Context {
      identity: Identity;
    }
  }
}

export interface PresetOptions {
  /** The authenticator's connection string: every request runs as it, then SET ROLE. */
  authDatabaseUrl: string;
  /** A superuser connection string, needed only for watch mode's event triggers. */
  superuserDatabaseUrl?: string | undefined;
  /**
   * Pools to use instead of ones PostGraphile would make from the URLs above. Its own pools print every
   * "terminating connection" error when the embedded PostgreSQL stops at shutdown; ours (server/src/db/pool.ts)
   * expect it. The caller ends them.
   */
  pool?: pg.Pool | undefined;
  superuserPool?: pg.Pool | undefined;
  jwtSecret: string;
  loginTokenMinutes: number;
  roles: RoleNames;
  logger: Logger;
  watch?: boolean;
  /** Most groups one groupedAggregates returns (GRAPHQL_MAX_GROUPS). */
  maxGroups?: number;
}

/** Reads the identity that server/src/http/authenticate.ts put on the request. */
function identityOf(requestContext: Partial<Grafast.RequestContext>): Identity | undefined {
  const req = requestContext.expressv4?.req as { identity?: Identity } | undefined;
  return req?.identity;
}

export function makePreset(options: PresetOptions): GraphileConfig.Preset {
  return {
    extends: [
      PostGraphileAmberPreset,
      PgSimplifyInflectionPreset,
      PostGraphileConnectionFilterPreset,
      PgAggregatesPreset,
    ],
    plugins: [makeGroupLimitPlugin(options.maxGroups ?? 1_000)],
    pgServices: [
      makePgService({
        ...(options.pool ? { pool: options.pool } : { connectionString: options.authDatabaseUrl }),
        ...(options.superuserPool
          ? { superuserPool: options.superuserPool }
          : options.superuserDatabaseUrl
            ? { superuserConnectionString: options.superuserDatabaseUrl }
            : {}),
        schemas: ["app_public"],
      }),
    ],
    gather: {
      pgJwtTypes: "app_public.jwt_token",
    },
    schema: {
      pgJwtSecret: options.jwtSecret,
      pgJwtSignOptions: {
        algorithm: "HS256",
        audience: JWT_AUDIENCE,
        issuer: JWT_ISSUER,
        expiresIn: `${options.loginTokenMinutes}m`,
      },
      // Filters only on indexed columns and only the operators a steward needs.
      connectionFilterAllowNullInput: false,
      connectionFilterAllowEmptyObjectInput: false,
      connectionFilterRelations: false,
      connectionFilterComputedColumns: false,
      connectionFilterSetofFunctions: false,
      exportSchemaSDLPath: undefined,
    },
    grafast: {
      explain: false,
      // The role and identity settings come only from the verified token on the
      // HTTP request; in-process callers (tests, scripts) may pass their own.
      context(requestContext, args) {
        const identity = identityOf(requestContext) ?? args.contextValue?.identity ?? anonymousIdentity;
        const fromHttp = identityOf(requestContext) !== undefined;
        const pgSettings: Record<string, string> = {
          ...(fromHttp ? {} : (args.contextValue?.pgSettings as Record<string, string> | undefined)),
          ...pgSettingsFor(identity, options.roles),
        };
        return { pgSettings, identity };
      },
    },
    grafserv: {
      graphqlPath: "/graphql",
      graphiql: true,
      graphiqlPath: "/graphiql",
      graphiqlOnGraphQLGET: false,
      graphqlOverGET: false,
      watch: options.watch ?? false,
      websockets: false,
      maskError: makeMaskError(options.logger),
    },
    ruru: {
      htmlParts: graphiqlHtmlParts,
    },
  };
}

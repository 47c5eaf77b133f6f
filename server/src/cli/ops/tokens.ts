// ops tokens issue | list | revoke | limits: API tokens for third parties, through
// app_public.issue_api_token / revoke_api_token (the secret is shown once and
// only its hash is stored; every change is audited).
import { InvalidArgumentError, Option, type Command } from "commander";
import { EXIT_USAGE, OpsError, type OpsContext } from "./context.ts";
import { formatTable, toJson } from "./output.ts";

const UNITS: Record<string, { label: string; hours: number }> = {
  h: { label: "hours", hours: 1 },
  d: { label: "days", hours: 24 },
  w: { label: "weeks", hours: 24 * 7 },
  y: { label: "years", hours: 24 * 365 },
};

/** "90d", "12w", "1y", "36h" as an interval PostgreSQL understands. */
export function parseExpiresIn(value: string): string {
  const match = /^(\d{1,5})\s*([hdwy])$/i.exec(value.trim());
  if (!match || Number(match[1]) === 0) {
    throw new InvalidArgumentError("use a number and a unit: 36h, 90d, 12w or 1y");
  }
  return `${Number(match[1])} ${UNITS[match[2]!.toLowerCase()]!.label}`;
}

interface TokenRow {
  id: string;
  name: string;
  role: string;
  token_prefix: string;
  created_by: string | null;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
  state: "active" | "expired" | "revoked";
}

export function registerTokenCommands(program: Command, ctx: OpsContext): void {
  const tokens = program.command("tokens").description("API tokens for third parties: issue, list, revoke, limits");

  tokens
    .command("issue")
    .description("issue an API token; the secret is printed once")
    .requiredOption("--name <name>", "who or what the token is for")
    .addOption(new Option("--role <role>", "what it may do").choices(["api_client", "analyst"]).default("api_client"))
    .option("--expires-in <duration>", "lifetime: 36h, 90d, 12w, 1y (at most 2 years)", parseExpiresIn, "90 days")
    .option("--json", "one JSON object (with the secret)")
    .action(async (options: { name: string; role: string; expiresIn: string; json?: boolean }) => {
      const { ownerPool } = await ctx.database();
      const { rows } = await ownerPool.query<{ token_id: string; secret: string; expires_at: Date }>(
        `select token_id::text, secret, expires_at
           from app_public.issue_api_token($1, $2::app_public.api_token_role, now() + $3::interval)`,
        [options.name, options.role, options.expiresIn],
      );
      const issued = rows[0]!;
      if (options.json) {
        ctx.out(
          toJson({
            id: issued.token_id,
            name: options.name,
            role: options.role,
            expiresAt: issued.expires_at,
            secret: issued.secret,
          }),
        );
        return;
      }
      ctx.out(
        `issued API token ${issued.token_id} "${options.name}" (${options.role}), expires ${issued.expires_at.toISOString()}`,
      );
      ctx.out(`secret (shown once, send as Authorization: Bearer <secret>): ${issued.secret}`);
    });

  tokens
    .command("list")
    .description("every API token: state, role, expiry, last use (never the secret)")
    .option("--json", "one JSON array")
    .action(async (options: { json?: boolean }) => {
      const { ownerPool } = await ctx.database();
      const { rows } = await ownerPool.query<TokenRow>(
        `select t.id::text, t.name, t.role::text, t.token_prefix, u.username::text as created_by, t.created_at,
                t.expires_at, t.revoked_at, t.last_used_at,
                case when t.revoked_at is not null then 'revoked' when t.expires_at <= now() then 'expired' else 'active' end as state
           from app_public.api_tokens t left join app_public.users u on u.id = t.created_by
          order by t.id`,
      );
      if (options.json) {
        ctx.out(toJson(rows));
        return;
      }
      for (const line of formatTable(
        ["id", "name", "role", "state", "prefix", "expires", "last used", "created", "by"],
        rows.map((t) => [
          t.id,
          t.name,
          t.role,
          t.state,
          t.token_prefix,
          t.expires_at,
          t.last_used_at,
          t.created_at,
          t.created_by,
        ]),
        "API tokens: none",
      ))
        ctx.out(line);
    });

  tokens
    .command("revoke")
    .description("revoke an API token: its requests are refused (HTTP 401) within TOKEN_CACHE_SECONDS")
    .argument("<id>", "the token's id (see tokens list)")
    .action(async (id: string) => {
      if (!/^\d{1,18}$/.test(id)) throw new OpsError(`the token id is a number (got "${id}")`, EXIT_USAGE);
      const { ownerPool } = await ctx.database();
      const { rows } = await ownerPool.query<{ id: string; name: string; revoked_at: Date }>(
        "select id::text, name, revoked_at from app_public.revoke_api_token($1::bigint)",
        [id],
      );
      ctx.out(`API token ${rows[0]!.id} "${rows[0]!.name}" revoked (at ${rows[0]!.revoked_at.toISOString()})`);
    });

  // "default" stays a string: commander turns a parser's null into "".
  type Limit = number | "default";
  const limit = (value: string): Limit => {
    if (value === "default") return value;
    if (!/^\d{1,9}$/.test(value) || Number(value) === 0) {
      throw new InvalidArgumentError('a whole number above 0, or "default"');
    }
    return Number(value);
  };
  tokens
    .command("limits")
    .description(
      "set a token's own rate limits (requests per second, burst, per UTC day); \"default\" keeps the server's",
    )
    .argument("<id>", "the token's id (see tokens list)")
    .requiredOption("--per-second <n>", "requests per second (each search counts one)", limit)
    .requiredOption("--burst <n>", "requests at once after a quiet spell", limit)
    .requiredOption("--per-day <n>", "requests per UTC day", limit)
    .action(async (id: string, options: { perSecond: Limit; burst: Limit; perDay: Limit }) => {
      if (!/^\d{1,18}$/.test(id)) throw new OpsError(`the token id is a number (got "${id}")`, EXIT_USAGE);
      const { ownerPool } = await ctx.database();
      const { rows } = await ownerPool.query<{ id: string; name: string }>(
        "select id::text, name from app_public.set_api_token_limits($1::bigint, $2::integer, $3::integer, $4::integer)",
        [
          id,
          ...[options.perSecond, options.burst, options.perDay].map((value) => (value === "default" ? null : value)),
        ],
      );
      const shown = (value: Limit) => String(value);
      ctx.out(
        `API token ${rows[0]!.id} "${rows[0]!.name}": ${shown(options.perSecond)}/s, burst ${shown(options.burst)}, ${shown(options.perDay)}/day`,
      );
    });
}

// The database objects the migrations are meant to produce, read from a live
// database into a plain, sorted structure: the manifest committed as
// migrations/manifest.json, and what `ops verify` compares a deployment with.
// Role names are written by their logical names (owner, analyst, ...) so a
// manifest taken with one ROLE_PREFIX checks a database built with another.
import type pg from "pg";
import type { RoleNames } from "../config/roles.ts";
import { visitorRoleKeys } from "../config/roles.ts";

export const MANIFEST_SCHEMAS = ["app_public", "app_hidden", "app_private"] as const;

export interface DatabaseManifest {
  /** "schema.table": RLS switched on (and forced), and its policies as "name: command to roles". */
  tables: Record<string, { rls: boolean; forceRls: boolean; policies: string[] }>;
  /** "schema.view": whether it runs with the caller's rights. */
  views: Record<string, { securityInvoker: boolean }>;
  /** "schema.name(argument types)": volatility and whether it runs with its owner's rights. */
  functions: Record<string, { volatility: "immutable" | "stable" | "volatile"; securityDefiner: boolean }>;
  /** "schema.index": "schema.table" it indexes, and its definition. */
  indexes: Record<string, { table: string; definition: string }>;
  /** "schema.table.trigger". */
  triggers: string[];
  /**
   * Logical role -> sorted privileges: "connect on database", "usage on schema app_public",
   * "select on app_public.x", "execute on …". Database-level privileges (connect, temporary) are
   * included because they live on the database, not in it: a template copy, a restored snapshot or a
   * pg_restore into a new database does not carry them.
   */
  grants: Record<string, string[]>;
}

type LogicalRole = string;

/** Maps concrete role names to logical ones, e.g. ear_steward -> steward. */
function roleNamer(roles: RoleNames): (name: string) => LogicalRole | null {
  const map = new Map<string, string>([
    [roles.owner, "owner"],
    [roles.authenticator, "authenticator"],
  ]);
  for (const key of visitorRoleKeys) map.set(roles.visitors[key], key);
  map.set("PUBLIC", "public");
  map.set("-", "public");
  return (name) => map.get(name) ?? null;
}

function sortedRecord<T>(entries: Array<[string, T]>): Record<string, T> {
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export async function readManifest(client: pg.ClientBase, roles: RoleNames): Promise<DatabaseManifest> {
  const logical = roleNamer(roles);
  const schemas = [...MANIFEST_SCHEMAS];
  const roleList = (names: string[]) =>
    names
      .map((n) => logical(n) ?? n)
      .sort()
      .join(", ");

  const tables = await client.query<{ name: string; rls: boolean; force: boolean }>(
    `select format('%s.%s', n.nspname, c.relname) as name, c.relrowsecurity as rls, c.relforcerowsecurity as force
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname = any($1)`,
    [schemas],
  );
  const policies = await client.query<{ tbl: string; policy: string; cmd: string; roles: string[] }>(
    `select format('%s.%s', schemaname, tablename) as tbl, policyname as policy, cmd, roles::text[] as roles
       from pg_policies where schemaname = any($1) order by 1, 2`,
    [schemas],
  );
  const views = await client.query<{ name: string; invoker: boolean }>(
    `select format('%s.%s', n.nspname, c.relname) as name,
            coalesce('security_invoker=true' = any(c.reloptions) or 'security_invoker=on' = any(c.reloptions), false) as invoker
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('v', 'm') and n.nspname = any($1)`,
    [schemas],
  );
  const functions = await client.query<{ name: string; volatility: string; definer: boolean }>(
    `select format('%s.%s(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) as name,
            case p.provolatile when 'i' then 'immutable' when 's' then 'stable' else 'volatile' end as volatility,
            p.prosecdef as definer
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = any($1) and p.prokind in ('f', 'p')`,
    [schemas],
  );
  const indexes = await client.query<{ name: string; tbl: string; definition: string }>(
    `select format('%s.%s', schemaname, indexname) as name, format('%s.%s', schemaname, tablename) as tbl,
            indexdef as definition
       from pg_indexes where schemaname = any($1)`,
    [schemas],
  );
  const triggers = await client.query<{ name: string }>(
    `select format('%s.%s.%s', n.nspname, c.relname, t.tgname) as name
       from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where not t.tgisinternal and n.nspname = any($1) order by 1`,
    [schemas],
  );
  // Privileges held directly (not through membership), for the roles the registry defines and PUBLIC.
  const grants = await client.query<{ grantee: string; privilege: string }>(
    `select case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end as grantee,
            format('%s on schema %s', lower(a.privilege_type), n.nspname) as privilege
       from pg_namespace n, aclexplode(n.nspacl) a
      where n.nspname = any($1)
     union all
     select case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end,
            format('%s on %s.%s', lower(a.privilege_type), n.nspname, c.relname)
       from pg_class c join pg_namespace n on n.oid = c.relnamespace, aclexplode(c.relacl) a
      where n.nspname = any($1) and c.relkind in ('r', 'p', 'v', 'm', 'S')
     union all
     select case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end,
            format('%s (%s) on %s.%s', lower(a.privilege_type), att.attname, n.nspname, c.relname)
       from pg_attribute att join pg_class c on c.oid = att.attrelid join pg_namespace n on n.oid = c.relnamespace,
            aclexplode(att.attacl) a
      where n.nspname = any($1) and att.attnum > 0 and not att.attisdropped
     union all
     select case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end,
            format('execute on %s.%s(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid))
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace,
            aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
      where n.nspname = any($1)
     union all
     select case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end,
            format('%s on database', lower(a.privilege_type))
       from pg_database d, aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
      where d.datname = current_database()`,
    [schemas],
  );

  const policiesByTable = new Map<string, string[]>();
  for (const row of policies.rows) {
    const list = policiesByTable.get(row.tbl) ?? [];
    list.push(`${row.policy}: ${row.cmd.toLowerCase()} to ${roleList(row.roles)}`);
    policiesByTable.set(row.tbl, list);
  }
  const grantsByRole = new Map<string, Set<string>>();
  for (const row of grants.rows) {
    const role = logical(row.grantee);
    if (role === null || role === "owner") continue; // the owner holds everything on what it owns
    const set = grantsByRole.get(role) ?? new Set<string>();
    set.add(row.privilege);
    grantsByRole.set(role, set);
  }
  return {
    tables: sortedRecord(
      tables.rows.map((t) => [
        t.name,
        { rls: t.rls, forceRls: t.force, policies: (policiesByTable.get(t.name) ?? []).sort() },
      ]),
    ),
    views: sortedRecord(views.rows.map((v) => [v.name, { securityInvoker: v.invoker }])),
    functions: sortedRecord(
      functions.rows.map((f) => [
        f.name,
        { volatility: f.volatility as "immutable" | "stable" | "volatile", securityDefiner: f.definer },
      ]),
    ),
    indexes: sortedRecord(indexes.rows.map((i) => [i.name, { table: i.tbl, definition: i.definition }])),
    triggers: triggers.rows.map((t) => t.name),
    grants: sortedRecord([...grantsByRole].map(([role, set]) => [role, [...set].sort()])),
  };
}

export interface ManifestProblem {
  kind: "table" | "view" | "function" | "index" | "trigger" | "grant" | "rls" | "policy" | "search plan";
  name: string;
  /** "index not used": a search plan check (search-plan.ts), not a manifest difference. */
  problem: "missing" | "unexpected" | "different" | "index not used";
  expected?: string;
  actual?: string;
}

/**
 * What differs between the manifest and the database. Missing objects, RLS
 * switched off, missing grants and policies that differ are failures;
 * objects and grants the manifest does not list are reported as "unexpected"
 * (an extra grant is a security finding; an extra index only costs writes).
 */
export function compareManifests(expected: DatabaseManifest, actual: DatabaseManifest): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const keys = (kind: ManifestProblem["kind"], want: string[], have: string[]) => {
    const haveSet = new Set(have);
    const wantSet = new Set(want);
    for (const name of want) if (!haveSet.has(name)) problems.push({ kind, name, problem: "missing" });
    for (const name of have) if (!wantSet.has(name)) problems.push({ kind, name, problem: "unexpected" });
  };
  keys("table", Object.keys(expected.tables), Object.keys(actual.tables));
  for (const [name, want] of Object.entries(expected.tables)) {
    const have = actual.tables[name];
    if (!have) continue;
    if (want.rls !== have.rls || want.forceRls !== have.forceRls) {
      const show = (t: { rls: boolean; forceRls: boolean }) =>
        `rls ${t.rls ? "on" : "off"}${t.forceRls ? ", forced" : ""}`;
      problems.push({ kind: "rls", name, problem: "different", expected: show(want), actual: show(have) });
    }
    if (want.policies.join("\n") !== have.policies.join("\n")) {
      problems.push({
        kind: "policy",
        name,
        problem: "different",
        expected: want.policies.join("; "),
        actual: have.policies.join("; "),
      });
    }
  }
  keys("view", Object.keys(expected.views), Object.keys(actual.views));
  for (const [name, want] of Object.entries(expected.views)) {
    const have = actual.views[name];
    if (have && have.securityInvoker !== want.securityInvoker) {
      problems.push({
        kind: "view",
        name,
        problem: "different",
        expected: `security_invoker=${want.securityInvoker}`,
        actual: `security_invoker=${have.securityInvoker}`,
      });
    }
  }
  keys("function", Object.keys(expected.functions), Object.keys(actual.functions));
  for (const [name, want] of Object.entries(expected.functions)) {
    const have = actual.functions[name];
    if (have && (have.volatility !== want.volatility || have.securityDefiner !== want.securityDefiner)) {
      const show = (f: { volatility: string; securityDefiner: boolean }) =>
        `${f.volatility}${f.securityDefiner ? " security definer" : ""}`;
      problems.push({ kind: "function", name, problem: "different", expected: show(want), actual: show(have) });
    }
  }
  keys("index", Object.keys(expected.indexes), Object.keys(actual.indexes));
  for (const [name, want] of Object.entries(expected.indexes)) {
    const have = actual.indexes[name];
    if (have && have.definition !== want.definition) {
      problems.push({ kind: "index", name, problem: "different", expected: want.definition, actual: have.definition });
    }
  }
  keys("trigger", expected.triggers, actual.triggers);
  const roles = new Set([...Object.keys(expected.grants), ...Object.keys(actual.grants)]);
  for (const role of [...roles].sort()) {
    const want = expected.grants[role] ?? [];
    const have = actual.grants[role] ?? [];
    const haveSet = new Set(have);
    const wantSet = new Set(want);
    for (const g of want)
      if (!haveSet.has(g)) problems.push({ kind: "grant", name: `${role}: ${g}`, problem: "missing" });
    for (const g of have)
      if (!wantSet.has(g)) problems.push({ kind: "grant", name: `${role}: ${g}`, problem: "unexpected" });
  }
  return problems;
}

/** Reads the committed manifest (migrations/manifest.json). */
export async function loadCommittedManifest(file: string): Promise<DatabaseManifest> {
  const { readFile } = await import("node:fs/promises");
  return JSON.parse(await readFile(file, "utf8")) as DatabaseManifest;
}

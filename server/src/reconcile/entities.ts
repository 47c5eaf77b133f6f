// Preview cards, entity suggestions and data extension: plain reads as the
// caller, so row-level security decides which employers, names and
// identifiers exist for them.
import type pg from "pg";
import { EMPLOYER_TYPE, findExtendProperty } from "./vocabulary.ts";
import type { ParsedExtend } from "./parse-request.ts";

export const ID_PATTERN = /^[1-9][0-9]{0,17}$/;

/** Where an id leads for this caller: the active employer (itself, or its survivor), or null. */
export async function activeEmployerId(client: pg.PoolClient, id: string): Promise<string | null> {
  if (!ID_PATTERN.test(id)) return null;
  const { rows } = await client.query<{ id: string | null }>("select app_hidden.active_employer_id($1)::text as id", [
    id,
  ]);
  return rows[0]?.id ?? null;
}

export interface EmployerCard {
  id: string;
  name: string;
  status: string;
  identifiers: Array<{ scheme: string; schemeName: string; value: string }>;
  names: Array<{ name: string; kind: string }>;
}

/** An active employer's card, with the identifiers and current names the caller may see. */
export async function employerCard(client: pg.PoolClient, id: string): Promise<EmployerCard | null> {
  const { rows } = await client.query<{ id: string; name: string; status: string }>(
    "select e.id::text, e.name, e.status::text from app_public.employers e where e.id = $1 and e.status = 'active'",
    [id],
  );
  const employer = rows[0];
  if (!employer) return null;
  const identifiers = await client.query<{ scheme: string; scheme_name: string; value: string }>(
    `select i.scheme, s.name as scheme_name, i.value
     from app_public.employer_identifiers i join app_public.identifier_schemes s on s.key = i.scheme
     where i.employer_id = $1 and i.scheme <> 'ref' order by i.scheme, i.value limit 20`,
    [id],
  );
  const names = await client.query<{ name: string; kind: string }>(
    `select a.name, a.kind::text from app_public.aliases a
     where a.employer_id = $1 and (a.valid_to is null or a.valid_to >= current_date)
     order by a.kind, a.name limit 12`,
    [id],
  );
  return {
    ...employer,
    identifiers: identifiers.rows.map((r) => ({ scheme: r.scheme, schemeName: r.scheme_name, value: r.value })),
    names: names.rows,
  };
}

export interface EntitySuggestion {
  id: string;
  name: string;
  description: string;
  notable: Array<{ id: string; name: string }>;
}

/** Active employers one of whose current names starts with the prefix (compare forms: case, accents, punctuation and legal forms do not matter). */
export async function suggestEmployers(
  client: pg.PoolClient,
  prefix: string,
  limit: number,
): Promise<EntitySuggestion[]> {
  const { rows } = await client.query<{ id: string; name: string; matched: string | null }>(
    `with p as (
       select replace(replace(replace(app_hidden.name_compare_form($1), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' as pattern
     ), found as (
       select e.id, e.name, null::text as matched, 0 as pref from app_public.employers e, p
       where e.status = 'active' and e.compare_name like p.pattern
       union all
       select e.id, e.name, a.name, 1 from app_public.aliases a join app_public.employers e on e.id = a.employer_id, p
       where e.status = 'active' and a.compare_form like p.pattern
         and (a.valid_to is null or a.valid_to >= current_date)
     )
     select id::text, name, matched from (
       select distinct on (id) id, name, matched, pref from found order by id, pref, length(coalesce(matched, name))
     ) d
     order by pref, length(coalesce(matched, name)), name, id
     limit $2`,
    [prefix, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.matched ? `also known as ${r.matched} (#${r.id})` : `employer #${r.id}`,
    notable: [EMPLOYER_TYPE],
  }));
}

type ExtendValue = { str: string } | { id: string; name: string };
export interface ExtendAnswer {
  meta: Array<{ id: string; name: string; type?: { id: string; name: string } }>;
  rows: Record<string, Record<string, ExtendValue[]>>;
}

/** Values of the asked properties for each id; ids that are unknown or not visible come back empty, as the spec says. */
export async function extendEmployers(client: pg.PoolClient, request: ParsedExtend): Promise<ExtendAnswer> {
  const meta = request.properties.map((id) => {
    const property = findExtendProperty(id)!;
    return id === "merged_into"
      ? { id, name: property.name, type: { id: EMPLOYER_TYPE.id, name: EMPLOYER_TYPE.name } }
      : { id, name: property.name };
  });
  const rows: ExtendAnswer["rows"] = {};
  for (const id of request.ids) rows[id] = Object.fromEntries(request.properties.map((p) => [p, []]));
  const ids = [...new Set(request.ids.filter((id) => ID_PATTERN.test(id)))];
  if (ids.length === 0) return { meta, rows };

  const employers = await client.query<{
    id: string;
    name: string | null;
    status: string | null;
    survivor_id: string | null;
    survivor_name: string | null;
  }>(
    `select x.id::text, e.name, e.status::text, s.id::text as survivor_id, s.name as survivor_name
     from unnest($1::bigint[]) as x(id)
     left join app_public.employers e on e.id = x.id
     left join lateral (select app_hidden.active_employer_id(x.id) as id) a on true
     left join app_public.employers s on s.id = a.id and a.id <> x.id`,
    [ids],
  );
  const identifiers = await client.query<{ employer_id: string; scheme: string; value: string }>(
    `select i.employer_id::text, i.scheme, i.value from app_public.employer_identifiers i
     where i.employer_id = any ($1::bigint[]) and i.scheme = any ($2::text[]) order by i.value`,
    [ids, request.properties],
  );
  const aliases = request.properties.includes("aliases")
    ? await client.query<{ employer_id: string; name: string }>(
        `select a.employer_id::text, a.name from app_public.aliases a
         where a.employer_id = any ($1::bigint[]) and a.visibility = 'public'
           and (a.valid_to is null or a.valid_to >= current_date)
         order by a.name`,
        [ids],
      )
    : { rows: [] };

  for (const employer of employers.rows) {
    for (const id of request.ids.filter(
      (given) => ID_PATTERN.test(given) && BigInt(given).toString() === employer.id,
    )) {
      const row = rows[id]!;
      if ("name" in row && employer.name !== null) row.name = [{ str: employer.name }];
      if ("status" in row && employer.status !== null) row.status = [{ str: employer.status }];
      if ("merged_into" in row && employer.survivor_id !== null && employer.survivor_name !== null) {
        row.merged_into = [{ id: employer.survivor_id, name: employer.survivor_name }];
      }
      for (const identifier of identifiers.rows.filter((i) => i.employer_id === employer.id)) {
        row[identifier.scheme]?.push({ str: identifier.value });
      }
      for (const alias of aliases.rows.filter((a) => a.employer_id === employer.id)) {
        row.aliases!.push({ str: alias.name });
      }
    }
  }
  return { meta, rows };
}

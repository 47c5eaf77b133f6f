// What the matcher tests share: a search as an API client (the narrowest
// caller, through app_public.search_employers) and a registry of named employers.
import { asRole, type TestDatabase } from "../../helpers/db.ts";

export interface MatchRow {
  employer_id: string;
  band: string;
  method: string;
  score: number;
  matched_name: string;
  explanation: string;
}

export async function searchAsApiClient(db: TestDatabase, query: string): Promise<MatchRow[]> {
  return asRole(db, { role: "api_client" }, async (c) => {
    const { rows } = await c.query<MatchRow>(
      `select employer_id::text, band::text, method::text, score, matched_name, explanation
       from app_public.search_employers($1) order by rank`,
      [query],
    );
    return rows;
  });
}

/** Registers each name as an employer; returns their ids under the same keys. */
export async function registerEmployers(
  db: TestDatabase,
  names: Record<string, string>,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [key, name] of Object.entries(names))
    ids[key] = (
      await db.ownerPool.query<{ id: string }>("select (app_public.register_employer($1)).id::text as id", [name])
    ).rows[0]!.id;
  return ids;
}

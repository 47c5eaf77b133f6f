// A failed alias insert cannot record itself (its transaction is rolled back),
// so whoever saw it records it afterwards, on its own connection: the GraphQL
// metrics middleware for addAlias and DUPLICATE_ALIAS errors here; import
// chunks write the same table from SQL (process_import_chunk), since a chunk
// keeps its outcomes when one of its aliases is refused.
import type pg from "pg";

export type AliasInsertFailureSource = "graphql" | "import";

export async function recordAliasInsertFailure(
  pool: pg.Pool,
  failure: { operation: string; code: string; source?: AliasInsertFailureSource },
): Promise<void> {
  await pool.query("insert into app_private.alias_insert_failures (operation, code, source) values ($1, $2, $3)", [
    failure.operation.slice(0, 100) || "anonymous",
    failure.code.slice(0, 100) || "UNKNOWN",
    failure.source ?? "graphql",
  ]);
}

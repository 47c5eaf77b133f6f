// Real-looking employers for the demo: the ABR sample in data/demo/ (see its
// README). Loaded through register_employer and add_alias, the same functions
// stewards use, so the demo data has provenance and audit rows like real data.
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse";
import type { Pool } from "pg";
import { demoDataDir } from "../paths.ts";

interface AbrRow {
  entity_id: string;
  name: string;
  abr_name_type: string;
  abn_status: string;
  asic_number: string;
}

const ALIAS_KIND: Record<string, string> = { TRD: "trading", BN: "trading", OTN: "other", DGR: "other" };

export async function loadDemoEmployers(ownerPool: Pool): Promise<number> {
  const byAbn = new Map<string, AbrRow[]>();
  const parser = createReadStream(join(demoDataDir, "abr_sample_names.csv")).pipe(
    parse({ columns: true, bom: true, relax_quotes: true }),
  );
  for await (const row of parser as AsyncIterable<AbrRow>) {
    const rows = byAbn.get(row.entity_id) ?? [];
    rows.push(row);
    byAbn.set(row.entity_id, rows);
  }
  let added = 0;
  const client = await ownerPool.connect();
  try {
    await client.query("begin");
    for (const [abn, rows] of byAbn) {
      const exists = await client.query(
        "select 1 from app_public.employer_identifiers where scheme = 'abn' and value = $1",
        [abn],
      );
      if (exists.rowCount) continue;
      const valid = await client.query<{ ok: boolean }>("select app_hidden.abn_is_valid($1) as ok", [abn]);
      if (!valid.rows[0]?.ok) continue;
      const main = rows.find((r) => r.abr_name_type === "MN") ?? rows[0]!;
      const { rows: created } = await client.query<{ id: string }>(
        `select (app_public.register_employer($1, array[row('abn', $2)]::app_public.new_identifier[], '{}', 'abr', $2)).id::text as id`,
        [main.name, abn],
      );
      const employerId = created[0]!.id;
      const acn = main.asic_number?.padStart(9, "0");
      if (acn && /^\d{9}$/.test(acn)) {
        await client.query(
          `select app_public.add_identifier($1, 'acn', $2, 'abr', $3)
           where app_hidden.acn_is_valid($2)
             and not exists (select 1 from app_public.employer_identifiers where scheme = 'acn' and value = $2)`,
          [employerId, acn, abn],
        );
      }
      for (const row of rows) {
        if (row === main) continue;
        await client.query(
          `select app_public.add_alias($1, $2, $3::app_public.alias_kind, null, null, null, 'abr', $4)
           where app_hidden.name_compare_form($2) <> (select compare_name from app_public.employers where id = $1)
             and not exists (select 1 from app_public.aliases where employer_id = $1 and compare_form = app_hidden.name_compare_form($2))`,
          [employerId, row.name, ALIAS_KIND[row.abr_name_type] ?? "other", abn],
        );
      }
      if (main.abn_status === "CAN") {
        await client.query("select app_public.set_employer_archived($1, true)", [employerId]);
      }
      added++;
    }
    await client.query("select app_hidden.refresh_search_stats()");
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
  return added;
}

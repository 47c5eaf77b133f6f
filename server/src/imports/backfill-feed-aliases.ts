// The runbook's "missing aliases for external IDs": past import rows that
// carried an identifier of a known employer under a name that employer does
// not have yet. With dryRun the report lists what would be added; otherwise
// the aliases are added (kind feed_spelling, provenance: the first such row).
// `npm run ops -- backfill feed-aliases [--dry-run]` calls this.
import type pg from "pg";

export interface BackfillItem {
  employerId: string;
  name: string;
  batchId: string;
  line: number;
  identifier: string;
  added: boolean;
}

export interface BackfillReport {
  dryRun: boolean;
  /** Names that past batches should have added as aliases. */
  candidates: number;
  /** Aliases added by this run (0 for a dry run). */
  added: number;
  /** Employers that gained (or would gain) a name. */
  employers: number;
  items: BackfillItem[];
}

export async function backfillFeedAliases(ownerPool: pg.Pool, options: { dryRun: boolean }): Promise<BackfillReport> {
  const client = await ownerPool.connect();
  try {
    await client.query("begin");
    const { rows } = await client.query<{
      employer_id: string;
      name: string;
      batch_id: string;
      line: number;
      identifier: string;
      added: boolean;
    }>(
      "select employer_id::text, name, batch_id::text, line, identifier, added from app_hidden.backfill_feed_aliases($1)",
      [options.dryRun],
    );
    await client.query(options.dryRun ? "rollback" : "commit");
    const items = rows.map((r) => ({
      employerId: r.employer_id,
      name: r.name,
      batchId: r.batch_id,
      line: r.line,
      identifier: r.identifier,
      added: r.added,
    }));
    return {
      dryRun: options.dryRun,
      candidates: items.length,
      added: items.filter((i) => i.added).length,
      employers: new Set(items.map((i) => i.employerId)).size,
      items,
    };
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

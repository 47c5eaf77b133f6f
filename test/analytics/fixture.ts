// A small registry with known dates, for figures that can be worked out by hand.
//
//   day  what happens
//   D1   A "Acme Constructions" created, with alias "Acme Builders" (trading, manual) and an ABN;
//        B "Bravo Concreting" created; X "Xray Demolition" created (archived later) with alias
//        "Xray Demo" (abbreviation, manual); M "Mike Masonry" created
//   D2   alias "ACME CONSTRN" (feed_spelling, bci, internal) on A; C "Charlie Cranes" created with
//        alias "Acme Builders" (trading, bci) -- a name A has too; distinction B/C recorded
//   D3   B gets alias "Charlie Cranes Pty Ltd" (former, manual: C's canonical name) and an ACN;
//        M merged into A (A gains the former alias "Mike Masonry", manual)
//
// Dates are set afterwards as the superuser with triggers off (created_at is
// otherwise pinned by a trigger), which is what a registry with history looks like.
import type { TestDatabase } from "../helpers/db.ts";

export const D1 = "2026-03-01";
export const D2 = "2026-03-02";
export const D3 = "2026-03-03";

export interface AnalyticsFixture {
  a: string;
  b: string;
  c: string;
  x: string;
  m: string;
}

const at = (day: string) => `${day}T10:00:00Z`;

export async function loadAnalyticsFixture(db: TestDatabase): Promise<AnalyticsFixture> {
  const q = async (sql: string, params: unknown[] = []) => (await db.ownerPool.query(sql, params)).rows;
  const register = async (name: string) =>
    String((await q("select (app_public.register_employer($1)).id as id", [name]))[0].id);
  const alias = async (employer: string, name: string, kind: string, source: string) =>
    String(
      (
        await q("select (app_public.add_alias($1, $2, $3::app_public.alias_kind, null, null, null, $4)).id as id", [
          employer,
          name,
          kind,
          source,
        ])
      )[0].id,
    );
  const a = await register("Acme Constructions Pty Ltd");
  const b = await register("Bravo Concreting Pty Ltd");
  const x = await register("Xray Demolition");
  const m = await register("Mike Masonry");
  const c = await register("Charlie Cranes Pty Ltd");
  const aliasDays: Array<[string, string]> = [
    [await alias(a, "Acme Builders", "trading", "manual"), D1],
    [await alias(x, "Xray Demo", "abbreviation", "manual"), D1],
    [await alias(a, "ACME CONSTRN", "feed_spelling", "bci"), D2],
    [await alias(c, "Acme Builders", "trading", "bci"), D2],
    [await alias(b, "Charlie Cranes Pty Ltd", "former", "manual"), D3],
  ];
  await q("select app_public.add_identifier($1, 'abn', '51 824 753 556')", [a]);
  await q("select app_public.add_identifier($1, 'acn', '004 085 616')", [b]);
  await q("select app_public.record_distinction($1, $2, 'different companies, same street')", [b, c]);
  await q("select app_public.merge_employers($1, $2, 'duplicate')", [a, m]);
  await q("select app_public.set_employer_archived($1, true)", [x]);

  const root = await db.rootPool.connect();
  try {
    await root.query("begin");
    await root.query("set local session_replication_role = replica");
    const employerDays: Array<[string, string]> = [
      [a, D1],
      [b, D1],
      [x, D1],
      [m, D1],
      [c, D2],
    ];
    for (const [id, day] of employerDays) {
      await root.query("update app_public.employers set created_at = $2 where id = $1", [id, at(day)]);
    }
    for (const [id, day] of aliasDays) {
      await root.query("update app_public.aliases set added_at = $2 where id = $1", [id, at(day)]);
    }
    await root.query("update app_public.aliases set added_at = $1 where name = 'Mike Masonry'", [at(D3)]);
    await root.query("update app_public.employer_identifiers set added_at = $2 where scheme = $1", ["abn", at(D1)]);
    await root.query("update app_public.employer_identifiers set added_at = $2 where scheme = $1", ["acn", at(D3)]);
    await root.query("update app_public.employer_distinctions set recorded_at = $1", [at(D2)]);
    await root.query("update app_public.employer_merges set merged_at = $1", [at(D3)]);
    await root.query("commit");
  } finally {
    root.release();
  }
  return { a, b, c, x, m };
}

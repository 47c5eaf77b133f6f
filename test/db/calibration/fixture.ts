// Steward decisions of every kind, for the calibration tests: each becomes a
// labelled pair in app_public.match_labels. Written as the owner (the decisions'
// own functions where they are short to call, rows otherwise), committed.
import type { TestDatabase } from "../../helpers/db.ts";
import type { TestUsers } from "../../helpers/users.ts";

export interface CalibrationFixture {
  ids: Record<string, string>;
}

export async function loadCalibrationFixture(db: TestDatabase, users: TestUsers): Promise<CalibrationFixture> {
  const q = (sql: string, values: unknown[] = []) => db.ownerPool.query(sql, values);
  // "group" and "services" in more than 50 names: common words, as in a real registry.
  await q(`select app_public.register_employer(format('Vornel%s Group Services', n)) from generate_series(1, 56) n`);
  const names: Record<string, string> = {
    brindabella: "Brindabella Constructions Pty Ltd",
    kestrelton: "Kestrelton Engineering Pty Ltd",
    marrakaiWorks: "Marrakai Civil Works Pty Ltd",
    marrakai: "Marrakai Civil Pty Ltd",
    oberon: "Oberon Scaffolding Pty Ltd",
    oberonHire: "Oberon Scaffold Hire Pty Ltd",
    talbotFarms: "Talbot Ridge Farms",
    talbotFoods: "Talbot Ridge Foods",
  };
  const ids: Record<string, string> = {};
  for (const [key, name] of Object.entries(names))
    ids[key] = (await q("select (app_public.register_employer($1)).id::text as id", [name])).rows[0].id;
  await q("select app_hidden.refresh_search_stats()");

  const steward = users.steward.id;
  // Pending items: one matched to an employer, one rejected as no employer.
  const pending = async (name: string, status: string, employerId: string | null) => {
    const id = (
      await q(
        `insert into app_public.pending_employers (name, source_system, status, resolved_employer_id, resolved_by, resolved_at)
         values ($1, 'bci', $2::app_public.pending_employer_status, $3, $4, now()) returning id::text`,
        [name, status, employerId, steward],
      )
    ).rows[0].id;
    await q(
      `insert into app_public.pending_employer_names (pending_employer_id, name, base_form)
       values ($1, $2, app_hidden.name_base_form($2))`,
      [id, name],
    );
    return id;
  };
  ids.pendingMatched = await pending("Kestrelton Enginering", "matched", ids.kestrelton!);
  ids.pendingRejected = await pending("Brindabella Constructionz", "rejected", null);
  // Names imports learned: one confirmed, one retired (the matcher still sends it to that employer: a wrong auto).
  await q(
    `insert into app_public.learned_alias_decisions (employer_id, name, learned_score, decision, decided_by)
     values ($1, 'Kestrelton Engineering Co', 0.96, 'confirmed', $3), ($2, 'Brindabela Constructions', 0.95, 'retired', $3)`,
    [ids.kestrelton, ids.brindabella, steward],
  );
  // A merge kept and a merge undone, a distinction.
  ids.merge = (
    await q("select (app_public.merge_employers($1, $2, 'same company')).id::text as id", [
      ids.marrakaiWorks,
      ids.marrakai,
    ])
  ).rows[0].id;
  ids.unmerge = (
    await q("select (app_public.merge_employers($1, $2, 'looked the same')).id::text as id", [
      ids.oberon,
      ids.oberonHire,
    ])
  ).rows[0].id;
  await q("select app_public.unmerge_employers($1)", [ids.unmerge]);
  await q("select app_public.record_distinction($1, $2, 'different farms')", [ids.talbotFarms, ids.talbotFoods]);
  return { ids };
}

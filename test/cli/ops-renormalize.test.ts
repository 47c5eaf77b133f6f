// ops renormalize [--dry-run] [--json]: the dictionary in data/reference/
// brought to stored names, with one audit event per run instead of one per name.
import { readLegalFormDictionary } from "../../server/src/normaliser/legal-forms.ts";
import { renormalize } from "../../server/src/ops/renormalize.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps, lines } from "../helpers/ops.ts";
import { jest } from "@jest/globals";

// Each command is a new Node process; on a busy 2-core machine a few of them take a while.
jest.setTimeout(180_000);

let db: TestDatabase;
const ids: Record<string, string> = {};
let oldVersion: number;

beforeAll(async () => {
  db = await createTestDatabase();
  // Install the dictionary as it was before P/L counted as a legal form, and
  // store names under it: data/reference/ (with P/L) is then a change.
  const full = await readLegalFormDictionary();
  await renormalize(db.ownerPool, {
    dryRun: false,
    dictionary: { ...full, forms: full.forms.filter((f) => f.spelling !== "P/L") },
    log: () => undefined,
  });
  const insert = async (key: string, sql: string, values: unknown[]) => {
    ids[key] = (await db.ownerPool.query(sql, values)).rows[0].id;
  };
  await insert("acme", "insert into app_public.employers (name) values ($1) returning id::text", ["Acme Builders P/L"]);
  await insert("acmeAlias", "insert into app_public.aliases (employer_id, name) values ($1, $2) returning id::text", [
    ids.acme,
    "Acme Building P/L",
  ]);
  await insert("other", "insert into app_public.employers (name) values ($1) returning id::text", [
    "Acme Builders Pty Ltd",
  ]);
  oldVersion = (await db.ownerPool.query("select app_hidden.normalizer_version() as v")).rows[0].v;
});
afterAll(() => db.drop());

const auditCount = async () =>
  (await db.ownerPool.query("select count(*)::int as n from app_public.audit_events")).rows[0].n as number;

it("lists, in a dry run, the compare forms that would change and the collisions, changing nothing", async () => {
  const audits = await auditCount();
  const run = await runOps(db, ["renormalize", "--dry-run"]);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  const out = lines(run.stdout);
  expect(out[0]).toBe("changes (old compare form -> new):");
  expect(out).toContain(`  employer ${ids.acme} "Acme Builders P/L": acme builders p l -> acme builders ltd`);
  expect(out).toContain(
    `  alias ${ids.acmeAlias} of employer ${ids.acme} "Acme Building P/L": acme building p l -> acme building ltd`,
  );
  expect(out).toContain("collisions:");
  expect(run.stdout).toMatch(
    new RegExp(
      `other employer: possible duplicate +employer ${ids.acme} "Acme Builders P/L" +employer ${ids.other} "Acme Builders Pty Ltd"`,
    ),
  );
  expect(run.stdout).toMatch(new RegExp(`normaliser version +${oldVersion} -> ${oldVersion + 1}`));
  expect(run.stdout).toMatch(/names changed +2$/m);
  expect(out.at(-1)).toBe("dry run: nothing was changed");
  const { rows } = await db.ownerPool.query(
    "select compare_name, normalizer_version from app_public.employers where id = $1",
    [ids.acme],
  );
  expect(rows[0]).toEqual({ compare_name: "acme builders p l", normalizer_version: oldVersion });
  expect(await auditCount()).toBe(audits);
});

it("gives the dry run as JSON with --json", async () => {
  const run = await runOps(db, ["renormalize", "--dry-run", "--json"]);
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout);
  expect(result).toMatchObject({ dryRun: true, previousVersion: oldVersion, version: oldVersion + 1, changed: 2 });
  expect(result.changes).toContainEqual({
    table: "employers",
    id: ids.acme,
    employerId: ids.acme,
    name: "Acme Builders P/L",
    oldCompareForm: "acme builders p l",
    newCompareForm: "acme builders ltd",
    oldBaseForm: "acme builders p l",
    newBaseForm: "acme builders",
  });
  expect(result.collisions).toHaveLength(1);
});

it("applies the dictionary in batches and records one audit event for the run, not one per name", async () => {
  const { rows: lastBefore } = await db.ownerPool.query(
    "select coalesce(max(id), 0)::text as id from app_public.audit_events",
  );
  const run = await runOps(db, ["renormalize", "--batch-size", "1"]);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(new RegExp(`installed dictionary version ${oldVersion + 1} \\(was ${oldVersion}\\)`));
  expect(run.stdout).toMatch(/^employers: up to id \d+: 1 changed, 0 unchanged, 0 skipped$/m);
  expect(run.stdout).toMatch(/names changed +2$/m);
  const { rows: employer } = await db.ownerPool.query(
    "select compare_name, normalizer_version from app_public.employers where id = $1",
    [ids.acme],
  );
  expect(employer[0]).toEqual({ compare_name: "acme builders ltd", normalizer_version: oldVersion + 1 });

  const { rows: events } = await db.ownerPool.query(
    `select table_name, row_key, action, actor_role, actor_user_id, before, after
       from app_public.audit_events where id > $1 order by id`,
    [lastBefore[0].id],
  );
  expect(events).toEqual([
    {
      table_name: "app_private.normalizer_versions",
      row_key: String(oldVersion + 1),
      action: "update",
      actor_role: "operator",
      actor_user_id: null,
      before: { normalizer_version: oldVersion, names_to_recompute: expect.any(Number) },
      after: {
        normalizer_version: oldVersion + 1,
        event: "renormalize",
        changed: 2,
        unchanged: expect.any(Number),
        skipped: 0,
        collisions: 1,
      },
    },
  ]);
});

it("still audits a change of name, with its new forms", async () => {
  const { rows: lastBefore } = await db.ownerPool.query("select max(id)::text as id from app_public.audit_events");
  await db.ownerPool.query("update app_public.aliases set name = 'Acme Building Services P/L' where id = $1", [
    ids.acmeAlias,
  ]);
  const { rows } = await db.ownerPool.query(
    "select action, before->>'compare_form' as before, after->>'compare_form' as after from app_public.audit_events where id > $1",
    [lastBefore[0].id],
  );
  expect(rows).toEqual([{ action: "update", before: "acme building ltd", after: "acme building services ltd" }]);
});

it("does nothing, and audits nothing, when the dictionary is already installed", async () => {
  const audits = await auditCount();
  const run = await runOps(db, ["renormalize"]);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/dictionary unchanged \(version \d+\); 0 name\(s\) still at an older version/);
  expect(await auditCount()).toBe(audits);
});

it("refuses a bad --batch-size with exit 2", async () => {
  expect((await runOps(db, ["renormalize", "--batch-size", "many"])).code).toBe(2);
});

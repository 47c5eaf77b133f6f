// npm run ops -- renormalize: a new legal-form dictionary brought to the
// stored compare forms of the registry (server/src/ops/renormalize.ts), against
// the real registry tables of migrations/current/3-registry.sql.
import { readLegalFormDictionary, type LegalFormDictionary } from "../../server/src/normaliser/legal-forms.ts";
import { renormalize } from "../../server/src/ops/renormalize.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

let db: TestDatabase;
let full: LegalFormDictionary;
let withoutPL: LegalFormDictionary;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  full = await readLegalFormDictionary();
  // The dictionary as it was before P/L was added: P/L is then no legal form.
  withoutPL = { ...full, forms: full.forms.filter((f) => f.spelling !== "P/L") };
  await renormalize(db.ownerPool, { dryRun: false, dictionary: withoutPL, log: () => undefined });

  const employer = async (key: string, name: string) => {
    const { rows } = await db.ownerPool.query(
      "insert into app_public.employers (name) values ($1) returning id::text",
      [name],
    );
    ids[key] = rows[0].id;
  };
  const alias = async (key: string, employerKey: string, name: string) => {
    const { rows } = await db.ownerPool.query(
      "insert into app_public.aliases (employer_id, name) values ($1, $2) returning id::text",
      [ids[employerKey], name],
    );
    ids[key] = rows[0].id;
  };
  await employer("acme", "Acme Constructions Pty Ltd");
  await alias("acmeBuildersPtyLtd", "acme", "Acme Builders Pty Ltd");
  await alias("acmeBuildersPL", "acme", "ACME BUILDERS P/L"); // becomes acme builders ltd too: same employer
  await alias("acmeOld", "acme", "Acme Old Name");
  await employer("zenith", "Zenith Plumbing P/L");
  await employer("zenith2", "Zenith Services");
  await alias("zenithPtyLtd", "zenith2", "Zenith Plumbing Pty Ltd"); // another employer's name once P/L counts
  for (let i = 0; i < 7; i++) await employer(`filler${i}`, `Filler ${i} P/L`);
});
afterAll(() => db.drop());

const aliasRow = async (key: string) =>
  (
    await db.ownerPool.query(
      "select compare_form, base_form, normalizer_version from app_public.aliases where id = $1",
      [ids[key]],
    )
  ).rows[0];
const employerRow = async (key: string) =>
  (
    await db.ownerPool.query(
      "select compare_name, base_name, normalizer_version from app_public.employers where id = $1",
      [ids[key]],
    )
  ).rows[0];
const version = async () =>
  (await db.ownerPool.query("select app_hidden.normalizer_version() as v")).rows[0].v as number;

it("starts from the old dictionary: P/L is part of the name", async () => {
  expect(await aliasRow("acmeBuildersPL")).toMatchObject({
    compare_form: "acme builders p l",
    base_form: "acme builders p l",
  });
  expect(await employerRow("zenith")).toMatchObject({ compare_name: "zenith plumbing p l" });
});

it("lists, in a dry run, every change and collision, and changes nothing", async () => {
  const before = await version();
  const lines: string[] = [];
  const result = await renormalize(db.ownerPool, { dryRun: true, log: (line) => lines.push(line) });
  expect(result.previousVersion).toBe(before);
  expect(result.version).toBe(before + 1);
  expect(lines).toContain(
    `would change alias ${ids.acmeBuildersPL} of employer ${ids.acme} "ACME BUILDERS P/L": acme builders p l -> acme builders ltd; base acme builders p l -> acme builders`,
  );
  expect(lines).toContain(
    `would change employer ${ids.zenith} "Zenith Plumbing P/L": zenith plumbing p l -> zenith plumbing ltd; base zenith plumbing p l -> zenith plumbing`,
  );
  expect(lines.filter((l) => l.startsWith("would change"))).toHaveLength(1 + 1 + 7);
  expect(result.changed).toBe(9);
  expect(result.collisions).toEqual([
    {
      kind: "other_employer",
      table: "employers",
      id: ids.zenith,
      employerId: ids.zenith,
      name: "Zenith Plumbing P/L",
      oldCompareForm: "zenith plumbing p l",
      newCompareForm: "zenith plumbing ltd",
      with: { table: "aliases", id: ids.zenithPtyLtd, employerId: ids.zenith2, name: "Zenith Plumbing Pty Ltd" },
    },
    {
      kind: "same_employer",
      table: "aliases",
      id: ids.acmeBuildersPL,
      employerId: ids.acme,
      name: "ACME BUILDERS P/L",
      oldCompareForm: "acme builders p l",
      newCompareForm: "acme builders ltd",
      with: { table: "aliases", id: ids.acmeBuildersPtyLtd, employerId: ids.acme, name: "Acme Builders Pty Ltd" },
    },
  ]);
  expect(
    lines.some(
      (l) =>
        l.startsWith(`collision: alias ${ids.acmeBuildersPL} "ACME BUILDERS P/L"`) && l.includes("would be skipped"),
    ),
  ).toBe(true);
  // nothing changed: forms, version, dictionary
  expect(await version()).toBe(before);
  expect(await aliasRow("acmeBuildersPL")).toMatchObject({
    compare_form: "acme builders p l",
    normalizer_version: before,
  });
  const { rows } = await db.ownerPool.query(
    "select count(*)::int as n from app_private.legal_forms where spelling = 'P/L'",
  );
  expect(rows[0].n).toBe(0);
});

it("stops part way without losing anything, and the next run finishes the rest", async () => {
  const before = await version();
  let batches = 0;
  await expect(
    renormalize(db.ownerPool, {
      dryRun: false,
      batchSize: 2,
      log: (line) => {
        if (line.startsWith("employers: up to") && ++batches === 2) throw new Error("interrupted");
      },
    }),
  ).rejects.toThrow("interrupted");
  const now = before + 1;
  expect(await version()).toBe(now);
  const { rows: left } = await db.ownerPool.query(
    "select count(*)::int as n from app_public.employers where normalizer_version <> $1",
    [now],
  );
  expect(left[0].n).toBeGreaterThan(0);
  expect(await employerRow("acme")).toMatchObject({ normalizer_version: now });

  const lines: string[] = [];
  const result = await renormalize(db.ownerPool, { dryRun: false, batchSize: 2, log: (line) => lines.push(line) });
  expect(result).toMatchObject({ version: now, previousVersion: now });
  expect(lines[1]).toMatch(/^dictionary unchanged \(version \d+\); \d+ name\(s\) still at an older version$/);
  const { rows: still } = await db.ownerPool.query(
    "select (select count(*)::int from app_public.employers where normalizer_version <> $1) as employers, (select count(*)::int from app_public.aliases where normalizer_version <> $1) as aliases",
    [now],
  );
  // only the alias that would break unique (employer_id, compare_form) is left
  expect(still[0]).toEqual({ employers: 0, aliases: 1 });
});

it("brings the stored forms and the search index to the new dictionary, skipping the alias that collides", async () => {
  const now = await version();
  expect(await employerRow("zenith")).toEqual({
    compare_name: "zenith plumbing ltd",
    base_name: "zenith plumbing",
    normalizer_version: now,
  });
  expect(await aliasRow("acmeBuildersPtyLtd")).toEqual({
    compare_form: "acme builders ltd",
    base_form: "acme builders",
    normalizer_version: now,
  });
  expect(await aliasRow("acmeOld")).toMatchObject({ compare_form: "acme old name", normalizer_version: now });
  // skipped: keeps its old forms and version, so it is still to do
  expect(await aliasRow("acmeBuildersPL")).toMatchObject({
    compare_form: "acme builders p l",
    normalizer_version: now - 1,
  });
  const { rows } = await db.ownerPool.query(
    "select compare_form, base_form from app_private.search_names where employer_id = $1 and alias_id is null",
    [ids.zenith],
  );
  expect(rows).toEqual([{ compare_form: "zenith plumbing ltd", base_form: "zenith plumbing" }]);
  const versions = await db.ownerPool.query(
    "select version, note from app_private.normalizer_versions order by version",
  );
  expect(versions.rows.at(-1)).toMatchObject({ version: now, note: "npm run ops -- renormalize" });
});

it("reports the collision again until a steward resolves it, then finishes", async () => {
  const now = await version();
  const lines: string[] = [];
  const again = await renormalize(db.ownerPool, { dryRun: false, log: (line) => lines.push(line) });
  expect(again.collisions.map((c) => [c.kind, c.id])).toEqual([["same_employer", ids.acmeBuildersPL]]);
  expect(again.changed).toBe(0);
  expect(
    lines.some((l) => l.includes(`alias ${ids.acmeBuildersPL}`) && l.includes("skipped, left at its old version")),
  ).toBe(true);

  await db.ownerPool.query("delete from app_public.aliases where id = $1", [ids.acmeBuildersPtyLtd]);
  const last = await renormalize(db.ownerPool, { dryRun: false, log: () => undefined });
  expect(last).toMatchObject({ version: now, changed: 1, collisions: [] });
  expect(await aliasRow("acmeBuildersPL")).toEqual({
    compare_form: "acme builders ltd",
    base_form: "acme builders",
    normalizer_version: now,
  });
});

it("refuses to run twice at once", async () => {
  const holder = await db.ownerPool.connect();
  try {
    await holder.query("select pg_advisory_lock(hashtext('app.renormalize'))");
    await expect(renormalize(db.ownerPool, { dryRun: false, dictionary: full, log: () => undefined })).rejects.toThrow(
      "another renormalize is running",
    );
  } finally {
    await holder.query("select pg_advisory_unlock(hashtext('app.renormalize'))");
    holder.release();
  }
});

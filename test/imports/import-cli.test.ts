// `npm run import -- FILE --source bci` (server/src/cli/import.ts) in a process
// of its own against a real database: a file is uploaded and matched to the
// last row (the command runs a worker while it waits); the same file again is
// recognised and stores nothing; a bad file, a missing file or an unknown
// source get a clear message, a non-zero exit and leave nothing behind.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runCli, type OpsRun } from "../helpers/ops.ts";
import { ABN_ACME, csv, outcomes, seedRegistry, type Registry } from "./import-helpers.ts";

let db: TestDatabase;
let registry: Registry;
const dir = mkdtempSync(join(tmpdir(), "ear-import-cli-"));

beforeAll(async () => {
  db = await createTestDatabase();
  registry = await seedRegistry(db);
}, 180_000);
afterAll(async () => {
  await db.drop();
});

function runImport(args: string[]): Promise<OpsRun> {
  return runCli(db, "import.ts", args, { env: { IMPORT_CHUNK_ROWS: "2" } });
}

function writeFile(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function stored() {
  const { rows } = await db.ownerPool.query(
    `select (select count(*)::int from app_public.import_batches) as batches,
            (select count(*)::int from app_public.import_rows) as rows,
            (select count(*)::int from app_hidden.import_staging) as staged`,
  );
  return rows[0] as { batches: number; rows: number; staged: number };
}

const goodFile = () =>
  writeFile(
    "export.csv",
    csv(
      `Acme Building Co,,${ABN_ACME},,,P1,Tower,builder,NSW,2000`,
      "Acme Builders,,,,,P2,Mall,builder,NSW,2000",
      "Bluegum Civil Engineerng Pty Ltd,,,,,P3,Road,head contractor,VIC,3000",
      "Wattlebird Roofing Pty Ltd,,,,,P4,Roof,subcontractor,NSW,2000",
      ",,,,,P5,Junk,builder,NSW,2000",
    ),
  );

describe("npm run import", () => {
  let batchId: string;

  it("uploads a file and waits until every row has an outcome", async () => {
    const run = await runImport([goodFile(), "--source", "bci"]);
    expect(run.code).toBe(0);
    // The progress bars (on stderr, so stdout stays the summary).
    expect(run.stderr).toMatch(/upload .*100% 356\/356 bytes/);
    expect(run.stderr).toMatch(/matching .*100% 5\/5 rows/);
    const summary = run.stdout.match(/Batch #(\d+): done\. (.*)/);
    expect(summary?.[2]).toBe(
      "1 matched by identifier, 1 exact, 1 fuzzy, 1 pending, 0 conflicts, 0 rejected, 1 errors; 2 new aliases.",
    );
    batchId = summary![1]!;
    expect((await outcomes(db, batchId)).map((r) => [r.outcome, r.employer_id])).toEqual([
      ["matched_identifier", registry.acme],
      ["matched_exact", registry.acme],
      ["matched_fuzzy", registry.bluegum],
      ["pending", null],
      ["error", null],
    ]);
    expect(await stored()).toEqual({ batches: 1, rows: 5, staged: 0 });
  });

  it("recognises the same file again and stores nothing", async () => {
    const run = await runImport([goodFile(), "--source", "bci"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`This file was imported before: batch #${batchId}.`);
    expect(await stored()).toEqual({ batches: 1, rows: 5, staged: 0 });
  });

  it("refuses a malformed file with its line, exits non-zero and stores nothing", async () => {
    const ragged = writeFile(
      "ragged.csv",
      csv("Acme Builders,,,,,P2,Mall,builder,NSW,2000", "Broken Row,,,,P3", "Later Row,,,,,P4,Mall,builder,NSW,2000"),
    );
    const run = await runImport([ragged, "--source", "bci"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/IMPORT_BAD_CSV: .*line 3/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message for people, not a stack trace
    expect(await stored()).toEqual({ batches: 1, rows: 5, staged: 0 });
  });

  it("refuses binary junk with the encoding error", async () => {
    const junk = writeFile("junk.csv", Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const run = await runImport([junk]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/IMPORT_BAD_ENCODING: /);
    expect(await stored()).toEqual({ batches: 1, rows: 5, staged: 0 });
  });

  it("says so when the file does not exist", async () => {
    const run = await runImport([join(dir, "missing.csv")]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`Cannot read ${join(dir, "missing.csv")}: no such file`);
  });

  it("refuses an unknown source system with the database's message", async () => {
    const run = await runImport([
      writeFile("other.csv", csv("Acme Builders,,,,,P9,Mall,builder,NSW,2000")),
      "--source",
      "nope",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/BADSR: Unknown source system "nope"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await stored()).toEqual({ batches: 1, rows: 5, staged: 0 });
  });
});

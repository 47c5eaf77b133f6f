// ops load-registry FILE.csv and ops match FILE|- : the bulk load and batch
// match interfaces, exactly as scripts use them, through the real command line.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps, lines, opsEnv } from "../helpers/ops.ts";
import { repoRoot } from "../../server/src/paths.ts";
import { spawn, spawnSync } from "node:child_process";
import { jest } from "@jest/globals";

// Each command is a new Node process; on a busy 2-core machine a few of them take a while.
jest.setTimeout(180_000);

let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), "ear-ops-registry-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.drop();
});

const counts = async () =>
  (
    await db.ownerPool.query(
      `select (select count(*)::int from app_public.employers) as employers,
              (select count(*)::int from app_public.aliases) as aliases,
              (select count(*)::int from app_public.employer_identifiers where scheme = 'ref') as refs`,
    )
  ).rows[0];

describe("load-registry", () => {
  const registry = [
    "ref,name,kind", // 1
    "R1,Acme Constructions Pty Ltd,canonical", // 2
    "R1,Acme Construction P/L,trading", // 3
    "R1,ACME Builders,trading", // 4
    "R2,Zenith Plumbing Services,former", // 5: R2 is named by its canonical row, which comes later
    "R3,,canonical", // 6: bad
    "R4,Bad Kind Pty Ltd,weird", // 7: bad
    'R2,"Zenith', // 8: a quoted name over two lines
    'Plumbing",canonical', // 9
    ",No Ref Pty Ltd,canonical", // 10: bad
    "R5,Orbit Electrical,", // 11: no kind: other
  ].join("\r\n");

  it("loads good rows, reports bad ones by line, prints a summary (no progress bar when stderr is not a terminal)", async () => {
    const file = join(dir, "registry.csv");
    await writeFile(file, "\uFEFF" + registry + "\r\n");
    const run = await runOps(db, ["load-registry", file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const out = lines(run.stdout);
    expect(out.slice(0, 3)).toEqual([
      "line 6: the name is empty",
      'line 7: unknown kind "weird" (canonical, legal, trading, former, abbreviation, feed_spelling or other)',
      "line 10: the ref is empty",
    ]);
    expect(out[3]).toMatch(
      new RegExp(
        `^loaded ${file}: 9 row\\(s\\): 3 employer\\(s\\) created, 3 alias\\(es\\) added, 0 already recorded \\(the employer.s name or one of its aliases\\), 3 bad, in \\d+\\.\\d s$`,
      ),
    );
    expect(await counts()).toEqual({ employers: 3, aliases: 3, refs: 3 });
    const { rows } = await db.ownerPool.query(
      `select i.value as ref, e.name, (select array_agg(a.name || ':' || a.kind order by a.name) from app_public.aliases a where a.employer_id = e.id) as aliases
         from app_public.employers e join app_public.employer_identifiers i on i.employer_id = e.id and i.scheme = 'ref' order by i.value`,
    );
    expect(rows).toEqual([
      {
        ref: "R1",
        name: "Acme Constructions Pty Ltd",
        aliases: ["ACME Builders:trading", "Acme Construction P/L:trading"],
      },
      { ref: "R2", name: "Zenith Plumbing", aliases: ["Zenith Plumbing Services:former"] },
      { ref: "R5", name: "Orbit Electrical", aliases: null },
    ]);
  });

  it("changes nothing when loaded again (idempotent), and reports in JSON with --json", async () => {
    const file = join(dir, "registry.csv");
    const run = await runOps(db, ["load-registry", file, "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ rows: 9, employersCreated: 0, aliasesAdded: 0, unchanged: 6 });
    expect(report.badRows.map((b: { line: number }) => b.line)).toEqual([6, 7, 10]);
    expect(await counts()).toEqual({ employers: 3, aliases: 3, refs: 3 });
  });

  it("exits 1 with --strict when a row is bad, and keeps the good ones", async () => {
    const file = join(dir, "strict.csv");
    await writeFile(file, "ref,name,kind\nR6,Strict Pty Ltd,canonical\nR7,,other\n");
    const run = await runOps(db, ["load-registry", file, "--strict", "--batch-size", "1"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^line 3: the name is empty$/m);
    expect((await counts()).employers).toBe(4);
  });

  it("counts an alias spelt twice in one batch as added once", async () => {
    const file = join(dir, "twice.csv");
    await writeFile(
      file,
      "ref,name,kind\nD1,Dup Co Pty Ltd,canonical\nD1,Dup Trading,trading\nD1,DUP TRADING,trading\n",
    );
    const run = await runOps(db, ["load-registry", file, "--json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({ rows: 3, employersCreated: 1, aliasesAdded: 1, unchanged: 1 });
    const { rows } = await db.ownerPool.query(
      "select a.name from app_public.aliases a join app_public.employer_identifiers i on i.employer_id = a.employer_id where i.scheme = 'ref' and i.value = 'D1'",
    );
    expect(rows).toEqual([{ name: "Dup Trading" }]);
  });

  it("draws a progress bar on stderr when it is a terminal", async () => {
    const file = join(dir, "tty.csv");
    await writeFile(file, "ref,name,kind\nT1,Terminal Pty Ltd,canonical\n");
    const env = { ...process.env, ...opsEnv(db) };
    delete env.ROOT_DATABASE_URL;
    // script(1) runs the command on a pseudo-terminal (stdout and stderr both).
    const command = [process.execPath, join(repoRoot, "server", "src", "cli", "ops.ts"), "load-registry", file]
      .map((word) => `'${word}'`)
      .join(" ");
    const run = spawnSync("script", ["-qefc", command, "/dev/null"], { env, encoding: "utf8", timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/loading .*100% \| \d+\/\d+ bytes/);
    expect(run.stdout).toMatch(/loaded .*tty\.csv: 1 row\(s\): 1 employer\(s\) created/);
  });

  it("reports a row the CSV parser cannot read by its line, keeping the rows before it", async () => {
    const file = join(dir, "broken.csv");
    await writeFile(file, 'ref,name,kind\nR9,Before The Break,canonical\nR8,"Broken"quote,other\n');
    const run = await runOps(db, ["load-registry", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^line 3: not valid CSV: Invalid Closing Quote/m);
    expect(run.stdout).toMatch(
      /: 1 row\(s\): 1 employer\(s\) created, 0 alias\(es\) added, 0 already recorded \(the employer.s name or one of its aliases\), \d bad/,
    );
  });

  it("refuses a file without the ref,name columns, a missing file and a bad --batch-size", async () => {
    const file = join(dir, "wrong-header.csv");
    await writeFile(file, "id,company\n1,Acme\n");
    const header = await runOps(db, ["load-registry", file]);
    expect(header.code).toBe(1);
    expect(header.stderr).toBe(`error: ${file}: The header must name the columns ref,name,kind (missing: ref, name)\n`);
    const missing = await runOps(db, ["load-registry", join(dir, "nope.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`error: cannot read ${join(dir, "nope.csv")}: ENOENT\n`);
    expect((await runOps(db, ["load-registry", file, "--batch-size", "0"])).code).toBe(2);
  });
});

describe("match", () => {
  it("writes one JSON line per name, in order, from the same search as searchEmployers", async () => {
    const names = ["Acme Constructions P/L", "zenith plumbing pty ltd", "Orbit Electricals", "Nothing Like It At All"];
    const file = join(dir, "names.txt");
    await writeFile(file, names.join("\n") + "\n");
    const run = await runOps(db, ["match", file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const results = lines(run.stdout).map((line) => JSON.parse(line));
    expect(results.map((r) => r.query)).toEqual(names);
    for (const [i, name] of names.entries()) {
      const { rows } = await db.ownerPool.query(
        `select m.employer_id::text, m.score, m.band::text, m.method::text
           from app_public.search_employers($1) m order by m.rank limit 5`,
        [name],
      );
      expect(
        results[i].matches.map((m: Record<string, unknown>) => [m.employer_id, m.score, m.band, m.method]),
      ).toEqual(rows.map((r) => [r.employer_id, r.score, r.band, r.method]));
    }
    expect(Object.keys(results[0])).toEqual(["query", "matches"]);
    expect(results[0].matches[0]).toEqual({
      ref: "R1",
      employer_id: expect.any(String),
      name: "Acme Constructions Pty Ltd",
      score: 1,
      band: "auto",
      method: "exact",
      matched_name: "Acme Constructions Pty Ltd",
      matched_kind: "canonical",
      explanation: 'Exact: same name as the canonical name "Acme Constructions Pty Ltd"',
    });
    // Every field the interface had, in its place, then why each match was made.
    expect(Object.keys(results[0].matches[0])).toEqual([
      "ref",
      "employer_id",
      "name",
      "score",
      "band",
      "method",
      "matched_name",
      "matched_kind",
      "explanation",
    ]);
    for (const [i, name] of names.entries()) {
      const { rows } = await db.ownerPool.query(
        `select m.matched_name, m.matched_kind, m.explanation from app_public.search_employers($1) m order by m.rank limit 5`,
        [name],
      );
      expect(
        results[i].matches.map((m: Record<string, unknown>) => ({
          matched_name: m.matched_name,
          matched_kind: m.matched_kind,
          explanation: m.explanation,
        })),
      ).toEqual(rows);
    }
    expect(results[3].matches.every((m: { band: string }) => m.band !== "auto")).toBe(true);
  });

  it("reads stdin with -, skipping blank lines, handling CRLF and a BOM, and answers bad lines with an error object", async () => {
    const tooLong = "Z".repeat(100_000);
    const input = `\uFEFFAcme Constructions P/L\r\n\r\n   \r\n${"y".repeat(600)}\r\n${tooLong}\r\nbad\u0000name\r\nOrbit Electrical`;
    const run = await runOps(db, ["match", "-"], { stdin: input });
    expect(run.code).toBe(0);
    const results = lines(run.stdout).map((line) => JSON.parse(line));
    expect(results).toHaveLength(5);
    expect(results[0].query).toBe("Acme Constructions P/L");
    expect(results[0].matches[0].ref).toBe("R1");
    expect(results[1]).toEqual({
      query: "y".repeat(600),
      matches: [],
      error: "A search may have at most 500 characters",
    });
    expect(results[2]).toEqual({
      query: "Z".repeat(100),
      matches: [],
      error: "line 5 is longer than 65536 bytes: not searched (a search may have at most 500 characters)",
    });
    expect(results[3].query).toBe("bad\u0000name");
    expect(results[3].matches).toEqual([]);
    expect(results[3].error).toMatch(/./);
    expect(results[4]).toMatchObject({ query: "Orbit Electrical", matches: [{ ref: "R5", method: "exact" }] });
  });

  it("writes the JSON lines to --out FILE and nothing to stdout", async () => {
    const out = join(dir, "matches.jsonl");
    const run = await runOps(db, ["match", "-", "--out", out], { stdin: "Acme Constructions P/L\nNothing Like It\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("matched 2 name(s), 0 with an error\n");
    const written = lines(await readFile(out, "utf8")).map((line) => JSON.parse(line));
    expect(written.map((r) => r.query)).toEqual(["Acme Constructions P/L", "Nothing Like It"]);
    expect(written[0].matches[0]).toMatchObject({ ref: "R1", band: "auto", matched_kind: "canonical" });
    const unwritable = await runOps(db, ["match", "-", "--out", join(dir, "no-such-dir", "x.jsonl")], {
      stdin: "Acme\n",
    });
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toBe(`error: cannot write ${join(dir, "no-such-dir", "x.jsonl")}: ENOENT\n`);
  });

  it("stops quietly when its reader goes away (… | head -1)", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...opsEnv(db) };
    delete env.ROOT_DATABASE_URL;
    const child = spawn(
      process.execPath,
      [join(repoRoot, "server", "src", "cli", "ops.ts"), "--verbose", "match", "-"],
      {
        env,
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end(Array.from({ length: 2000 }, (_, i) => `Acme Name ${i}`).join("\n"));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    const matched = Number(/matched (\d+) name\(s\)/.exec(stderr)?.[1]);
    expect(matched).toBeGreaterThan(0);
    expect(matched).toBeLessThan(2000);
  });

  it("fails with one line when the file is missing or alias search is switched off", async () => {
    const missing = await runOps(db, ["match", join(dir, "nope.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`error: cannot read ${join(dir, "nope.txt")}: ENOENT\n`);
    await db.ownerPool.query("update app_public.feature_switches set is_enabled = false where key = 'alias_search'");
    try {
      const off = await runOps(db, ["match", "-"], { stdin: "Acme\n" });
      expect(off.code).toBe(1);
      expect(off.stderr).toBe(
        "error: The alias search feature is switched off by an administrator (FEATURE_DISABLED)\n",
      );
    } finally {
      await db.ownerPool.query("update app_public.feature_switches set is_enabled = true where key = 'alias_search'");
    }
  });
});

// Each pre-deployment check, passing and failing on purpose.
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkCommittedMigrations,
  checkDatabase,
  checkNoUncommittedWork,
  checkNpmScript,
  checkRecentBackup,
} from "../../server/src/ops/preflight.ts";
import { migrationsDir } from "../../server/src/paths.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

let db: TestDatabase;
let scratch: string;
beforeAll(async () => {
  db = await createTestDatabase();
  scratch = await mkdtemp(join(tmpdir(), "ear-preflight-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  await db.drop();
});

async function copyOfMigrations(name: string): Promise<string> {
  const dir = join(scratch, name);
  await cp(join(migrationsDir, "committed"), join(dir, "committed"), { recursive: true });
  await mkdir(join(dir, "current"), { recursive: true });
  return dir;
}

describe("committed migrations", () => {
  it("pass as they are in the repository", async () => {
    const result = await checkCommittedMigrations(migrationsDir);
    const count = (await readdir(join(migrationsDir, "committed"))).length;
    expect(result).toEqual({
      check: "committed migrations in order and untouched",
      ok: true,
      detail: `${count} migration(s), hashes chain`,
    });
  });

  it("fail when one was edited after commit", async () => {
    const dir = await copyOfMigrations("edited");
    const [first] = (await readdir(join(dir, "committed"))).sort();
    const path = join(dir, "committed", first!);
    await writeFile(path, (await readFile(path, "utf8")) + "\n-- a quiet fix\n");
    expect(await checkCommittedMigrations(dir)).toMatchObject({
      ok: false,
      detail: `${first} was edited after commit (hash differs)`,
    });
  });

  it("fail when the numbering has a gap", async () => {
    const dir = await copyOfMigrations("gap");
    const files = (await readdir(join(dir, "committed"))).sort();
    await rm(join(dir, "committed", files[0]!));
    expect((await checkCommittedMigrations(dir)).detail).toBe(`${files[1]}: expected number 1`);
  });
});

describe("uncommitted work", () => {
  it("passes with only comments in current/, fails with SQL", async () => {
    const dir = await copyOfMigrations("current");
    await writeFile(join(dir, "current", "1-current.sql"), "-- Enter migration here\n/* notes */\n");
    expect(await checkNoUncommittedWork(dir)).toMatchObject({ ok: true, detail: "empty" });
    await writeFile(join(dir, "current", "2-more.sql"), "-- wip\nselect 1;\n");
    expect(await checkNoUncommittedWork(dir)).toMatchObject({
      ok: false,
      detail: "uncommitted SQL in 2-more.sql (npm run migrate -- commit)",
    });
  });
});

describe("database", () => {
  it("is reachable with every committed migration applied", async () => {
    const count = (await readdir(join(migrationsDir, "committed"))).length;
    const [reachable, migrations] = await checkDatabase(db.ownerUrl, migrationsDir);
    expect(reachable).toMatchObject({ ok: true });
    expect(reachable!.detail).toMatch(new RegExp(`^${db.name} on PostgreSQL \\d+`));
    expect(migrations).toMatchObject({ ok: true, detail: `${count} applied, 0 to apply` });
  });

  it("lists migrations still to apply, and refuses a database that is ahead of the checkout", async () => {
    const behind = await copyOfMigrations("behind");
    await writeFile(join(behind, "committed", "000099-next.sql"), "--! Previous: -\n\nselect 1;\n");
    expect((await checkDatabase(db.ownerUrl, behind))[1]).toMatchObject({
      ok: true,
      detail: expect.stringMatching(/, 1 to apply: 000099\.sql$/),
    });

    const ahead = await copyOfMigrations("ahead");
    const files = (await readdir(join(ahead, "committed"))).sort();
    await rm(join(ahead, "committed", files.at(-1)!));
    expect((await checkDatabase(db.ownerUrl, ahead))[1]).toMatchObject({
      ok: false,
      detail: `the database has migrations this checkout lacks: ${files.at(-1)!.slice(0, 6)}.sql (deploying would go backwards)`,
    });
  });

  it("fails clearly when the database does not answer", async () => {
    const [reachable, migrations] = await checkDatabase("postgres://nobody:x@127.0.0.1:9/none", migrationsDir);
    expect(reachable!.ok).toBe(false);
    expect(migrations).toMatchObject({ ok: false, detail: "database not reachable" });
  });
});

describe("backups", () => {
  it("pass with a fresh backup file, fail with none or an old one", async () => {
    const dir = join(scratch, "backups");
    await mkdir(dir);
    const options = { backupDir: dir, rootUrl: null, database: db.name, maxAgeHours: 24 };
    expect(await checkRecentBackup(options)).toMatchObject({ ok: false, detail: expect.stringMatching(/^none found/) });
    const file = join(dir, `${db.name}-20261130T000000Z.dump`);
    await writeFile(file, "PGDMP");
    expect(await checkRecentBackup(options)).toMatchObject({ ok: true });
    const old = new Date(Date.now() - 30 * 3_600_000);
    await utimes(file, old, old);
    expect(await checkRecentBackup(options)).toMatchObject({ ok: false, detail: expect.stringMatching(/too old/) });
  });

  it("count a recent snapshot on the same server", async () => {
    const now = new Date("2026-11-30T12:00:00Z");
    const options = { backupDir: join(scratch, "none"), rootUrl: db.rootUrl, database: db.name, maxAgeHours: 24, now };
    expect((await checkRecentBackup(options)).ok).toBe(false);
    const snapshot = `${db.name}__snap_20261130110000`;
    await db.rootPool.query(`create database ${snapshot} template template0`);
    try {
      expect(await checkRecentBackup(options)).toMatchObject({ ok: true, detail: `snapshot ${snapshot}, 1.0 h old` });
    } finally {
      await db.rootPool.query(`drop database ${snapshot}`);
    }
  });
});

describe("lint and tests from a checkout", () => {
  it("pass or fail with the npm script's exit code", async () => {
    const repo = join(scratch, "repo");
    await mkdir(repo);
    await writeFile(
      join(repo, "package.json"),
      JSON.stringify({ name: "x", scripts: { good: "node -e 0", bad: 'node -e "process.exit(3)"' } }),
    );
    const log: string[] = [];
    expect(await checkNpmScript(repo, "good", (c) => log.push(c))).toMatchObject({ check: "npm run good", ok: true });
    expect(await checkNpmScript(repo, "bad", (c) => log.push(c))).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/^failed \(exit 3\)/),
    });
  });
});

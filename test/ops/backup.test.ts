// Backups need a pg_dump at least as new as the server. Where this machine has
// one (Debian's 15 against the PostgreSQL 15 test run), a backup is taken,
// read back and restored into a scratch database with the same row counts;
// where it has none (the embedded PostgreSQL 18), the refusal says what to do.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { testRootUrl } from "../helpers/test-env.ts";
import {
  backupDatabase,
  BackupUnavailableError,
  latestBackup,
  restoreDrill,
  serverVersion,
} from "../../server/src/ops/backup.ts";
import { findClientProgram, parseClientMajor } from "../../server/src/ops/pg-client-tools.ts";

let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), "ear-backup-"));
  await db.ownerPool.query(
    "insert into app_public.source_systems (key, name, trust_rank) values ('backuptest', 'Backup test', 5)",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.drop();
});

it("reads the major version from pg_dump --version", () => {
  expect(parseClientMajor("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)")).toBe(15);
  expect(parseClientMajor("pg_restore (PostgreSQL) 18.4")).toBe(18);
  expect(parseClientMajor("something else")).toBeNull();
});

it("backs up, verifies and restores with the same row counts — or says clearly why it cannot", async () => {
  const server = await serverVersion(db.rootUrl);
  const { found } = await findClientProgram("pg_dump", server.major);
  if (found) {
    const backup = await backupDatabase({ url: db.rootUrl, dir });
    expect(backup.file).toMatch(new RegExp(`/${db.name}-\\d{8}T\\d{6}Z\\.dump$`));
    expect(backup.tablesWithData).toBeGreaterThan(10);
    expect(backup.bytes).toBeGreaterThan(10_000);
    expect(await readdir(dir)).toEqual([backup.file.split("/").pop()]); // no .partial left
    expect((await latestBackup(dir))?.file).toBe(backup.file);

    const drill = await restoreDrill({ rootUrl: testRootUrl(), sourceUrl: db.rootUrl, file: backup.file });
    expect(drill.tables).toBeGreaterThan(10);
    expect(drill.mismatches).toEqual([]);
    console.log(
      `backup with ${found.path} (${found.major}) of PostgreSQL ${server.version}: ${backup.bytes} bytes, ` +
        `${backup.tocEntries} entries in ${backup.seconds.toFixed(2)} s; restore drill: ${drill.tables} tables ` +
        `in ${drill.seconds.toFixed(2)} s`,
    );
  } else {
    const error = await backupDatabase({ url: db.rootUrl, dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupUnavailableError);
    expect((error as Error).message).toMatch(
      new RegExp(`no pg_dump of version ${server.major} or newer .*PG_BIN_DIR.*ops -- snapshot`),
    );
    expect(await readdir(dir)).toEqual([]);
    expect(await latestBackup(dir)).toBeNull();
    console.log(`backup refused as expected for PostgreSQL ${server.version}: ${(error as Error).message}`);
  }
});

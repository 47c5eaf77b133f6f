// npm run ops as a whole: help, usage errors (exit 2), failures (exit 1, one
// line, a stack only with --verbose), status and migrate — by running the real
// command line against this file's database.
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { migrationsDir } from "../../server/src/paths.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps, lines } from "../helpers/ops.ts";
import {
  TEST_OWNER_PASSWORD,
  TEST_AUTHENTICATOR_PASSWORD,
  testRootUrl,
  urlFor,
  testRoles,
} from "../helpers/test-env.ts";
import { jest } from "@jest/globals";

// The committed migrations, as graphile-migrate records them ("000003.sql").
const committedFiles = readdirSync(join(migrationsDir, "committed"))
  .filter((f) => f.endsWith(".sql"))
  .sort();
const committedCount = committedFiles.length;
const lastCommitted = `${committedFiles.at(-1)!.slice(0, 6)}.sql`;

// Each command is a new Node process; on a busy 2-core machine a few of them take a while.
jest.setTimeout(180_000);

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe("help and usage", () => {
  it("lists every command on `help` and --help, exit 0, on stdout", async () => {
    for (const args of [["help"], ["--help"]]) {
      const run = await runOps(db, args);
      expect(run.code).toBe(0);
      for (const command of [
        "migrate",
        "status",
        "features",
        "enable",
        "disable",
        "users",
        "tokens",
        "load-registry",
        "match",
        "renormalize",
      ]) {
        expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
      }
      expect(run.stderr).toBe("");
    }
  });

  it("shows a group's commands with `help users`", async () => {
    const run = await runOps(db, ["help", "users"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/set-password/);
  });

  it("refuses an unknown command with exit 2 and the help on stderr", async () => {
    const run = await runOps(db, ["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(run.stderr).toMatch(/Usage: ops/);
  });

  it("refuses an unknown option, a missing required option and no command at all with exit 2", async () => {
    const unknownOption = await runOps(db, ["status", "--frob"]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toMatch(/unknown option '--frob'/);
    const missing = await runOps(db, ["features", "disable", "analytics"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/required option '--reason <text>' not specified/);
    const nothing = await runOps(db, []);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/Usage: ops/);
    const group = await runOps(db, ["tokens"]);
    expect(group.code).toBe(2);
    expect(group.stderr).toMatch(/Usage: ops tokens/);
  });

  it("treats a bad configuration as a usage error", async () => {
    const run = await runOps(db, ["status"], { env: { AUTH_DATABASE_URL: undefined } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: configuration: Set both DATABASE_URL/);
  });
});

describe("status", () => {
  it("says the database is reachable, migrated, and which switches are on", async () => {
    const run = await runOps(db, ["status"]);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toBe("status: ok");
    expect(out[1]).toBe("environment: development");
    expect(out[2]).toMatch(new RegExp(`^database: ${db.name} \\(external\\), reachable, PostgreSQL \\d+`));
    expect(run.stdout).toMatch(
      new RegExp(`^migrations: ${committedCount} applied \\(last: ${lastCommitted}\\), 0 pending$`, "m"),
    );
    expect(run.stdout).toMatch(/^migrations\/current\/: /m);
    expect(run.stdout).toMatch(/^ {2}alias_search +on/m);
  });

  it("answers in JSON with --json", async () => {
    await db.ownerPool.query(
      "update app_public.feature_switches set is_enabled = false, last_change_reason = 'test' where key = 'imports'",
    );
    const run = await runOps(db, ["status", "--json"]);
    expect(run.code).toBe(0);
    const status = JSON.parse(run.stdout);
    expect(status).toMatchObject({
      ok: true,
      database: { reachable: true, mode: "external", name: db.name },
      migrations: { applied: committedCount, last: lastCommitted, pending: [] },
    });
    expect(typeof status.migrations.currentHasWork).toBe("boolean");
    expect(status.database.serverVersion).toMatch(/^\d+/);
    expect(status.featureSwitches).toContainEqual({ key: "imports", enabled: false, reason: "test" });
    expect(typeof status.normalizerVersion).toBe("number");
  });

  it("exits 1 with one clear line when the database is not reachable", async () => {
    const closed = {
      ownerUrl: "postgres://nobody:pw@127.0.0.1:1/nothing",
      authUrl: "postgres://nobody:pw@127.0.0.1:1/nothing",
    };
    const run = await runOps(closed, ["status"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^status: NOT OK$/m);
    expect(run.stdout).toMatch(/NOT reachable: the database is not reachable/);

    const failing = await runOps(closed, ["users", "list"]);
    expect(failing.code).toBe(1);
    expect(lines(failing.stderr)).toHaveLength(1);
    expect(failing.stderr).toMatch(/^error: the database is not reachable \(connect ECONNREFUSED/);
    expect(failing.stderr).not.toMatch(/\bat /);
  });

  it("prints the stack of a failure only with --verbose", async () => {
    const closed = {
      ownerUrl: "postgres://nobody:pw@127.0.0.1:1/nothing",
      authUrl: "postgres://nobody:pw@127.0.0.1:1/nothing",
    };
    const run = await runOps(closed, ["--verbose", "users", "list"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: the database is not reachable/m);
    expect(run.stderr).toMatch(/^\s+at /m);
  });
});

describe("migrate", () => {
  const name = `eartest_${randomBytes(5).toString("hex")}_fresh`;
  const fresh = {
    ownerUrl: urlFor(testRoles.owner, TEST_OWNER_PASSWORD, name),
    authUrl: urlFor(testRoles.authenticator, TEST_AUTHENTICATOR_PASSWORD, name),
  };
  // The bootstrap connects as the superuser to an existing database (postgres) to create this one.
  const rootUrl = () => testRootUrl();
  afterAll(async () => {
    const root = new pg.Client({ connectionString: testRootUrl() });
    await root.connect();
    await root.query(`drop database if exists ${name} with (force)`);
    await root.end();
  });

  it("is a no-op on a migrated database", async () => {
    const run = await runOps(db, ["migrate"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^already up to date: ${committedCount} migration\\(s\\) applied \\(last: ${lastCommitted}\\)$`, "m"),
    );
  });

  it("creates the database and applies every committed migration, then status is ok", async () => {
    const before = await runOps(fresh, ["status"], { env: { ROOT_DATABASE_URL: rootUrl() } });
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/does not exist: run `npm run ops -- migrate`/);

    const run = await runOps(fresh, ["migrate"], { env: { ROOT_DATABASE_URL: rootUrl() } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^applied ${committedCount} migration\\(s\\); ${committedCount} in all \\(last: ${lastCommitted}\\)$`,
        "m",
      ),
    );

    const after = await runOps(fresh, ["status", "--json"]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).migrations).toMatchObject({ applied: committedCount, pending: [] });
  });
});

// npm test: prepares one PostgreSQL for the whole run, then runs jest.
// - Without TEST_ROOT_DATABASE_URL it starts a throw-away embedded PostgreSQL
//   in .test-data/ and stops it afterwards (no process is left behind).
// - With TEST_ROOT_DATABASE_URL (a superuser URL) it uses that server instead;
//   CI does this for Debian's PostgreSQL 15.
// Either way it bootstraps the test roles, migrates a template database once,
// and each test file copies it (test/helpers/db.ts), so files run in parallel.
// It also finds the browser for the client tests once (test/helpers/chromium.ts: CHROMIUM_PATH, Debian's
// chromium, else the npm package's, unpacked here before the files race to do it) and passes it on.
import "../server/src/cli/graphile-env.ts";
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { bootstrapDatabase } from "../server/src/db/bootstrap.ts";
import { startEmbedded, type EmbeddedCluster } from "../server/src/db/embedded.ts";
import { runMigrationsWithCurrent } from "../server/src/db/migrations.ts";
import { installWorkerSchema } from "../server/src/worker/runner.ts";
import { repoRoot } from "../server/src/paths.ts";
import { locateChromium } from "../test/helpers/chromium.ts";
import { systemTools, systemToolsRequired } from "../test/helpers/system-tools.ts";
import {
  TEST_AUTHENTICATOR_PASSWORD,
  TEST_OWNER_PASSWORD,
  TEST_TEMPLATE_DATABASE,
  testRoles,
  urlFor,
} from "../test/helpers/test-env.ts";

const jestArgs = process.argv.slice(2);
let cluster: EmbeddedCluster | null = null;
let rootUrl = process.env.TEST_ROOT_DATABASE_URL ?? "";
const dataDir = join(repoRoot, ".test-data", String(process.pid));

async function prepare(): Promise<void> {
  if (!rootUrl) {
    cluster = await startEmbedded({ dataDir, superuserPassword: "eartest-superuser", fast: true });
    rootUrl = `postgres://postgres:eartest-superuser@127.0.0.1:${cluster.port}/postgres`;
  }
  const admin = new pg.Client({ connectionString: rootUrl });
  await admin.connect();
  const { rows } = await admin.query<{ server_version: string }>("show server_version");
  // A template left by an interrupted run would be stale: start from scratch.
  await admin.query(`drop database if exists ${TEST_TEMPLATE_DATABASE} with (force)`);
  await admin.end();
  await bootstrapDatabase({
    rootUrl,
    databaseName: TEST_TEMPLATE_DATABASE,
    roles: testRoles,
    ownerPassword: TEST_OWNER_PASSWORD,
    authenticatorPassword: TEST_AUTHENTICATOR_PASSWORD,
  });
  // Existing roles keep their passwords in bootstrap; tests need known ones.
  const root = new pg.Client({ connectionString: rootUrl });
  await root.connect();
  await root.query(`alter role ${testRoles.owner} password '${TEST_OWNER_PASSWORD}'`);
  await root.query(`alter role ${testRoles.authenticator} password '${TEST_AUTHENTICATOR_PASSWORD}'`);
  await root.end();
  process.env.TEST_ROOT_DATABASE_URL = rootUrl;
  await runMigrationsWithCurrent({
    ownerUrl: urlFor(testRoles.owner, TEST_OWNER_PASSWORD, TEST_TEMPLATE_DATABASE),
    rootUrl,
    roles: testRoles,
  });
  // graphile-worker's schema, so that uploads can queue their jobs in every test database.
  await installWorkerSchema(urlFor(testRoles.owner, TEST_OWNER_PASSWORD, TEST_TEMPLATE_DATABASE));
  console.log(
    `test database: PostgreSQL ${rows[0]?.server_version} (${cluster ? "embedded" : "TEST_ROOT_DATABASE_URL"})`,
  );
}

async function cleanUp(): Promise<void> {
  if (cluster) {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** CHROMIUM_PATH for the test files, or nothing: then each browser test fails with the reason. */
async function browserEnv(): Promise<Record<string, string>> {
  try {
    const location = await locateChromium();
    console.log(`browser for the client tests: ${location.description}`);
    return { CHROMIUM_PATH: location.path };
  } catch (error) {
    console.error(`No browser for the client tests (they will fail): ${(error as Error).message}`);
    return {};
  }
}

/** Says which Debian tools the deploy tests will find, and what happens to their tests when one is missing. */
function reportSystemTools(): void {
  console.log(`system tools: ${systemTools.map((tool) => `${tool.name} ${tool.path ?? "MISSING"}`).join(", ")}`);
  const missing = systemTools.filter((tool) => !tool.path);
  if (missing.length === 0) return;
  const install = `apt-get install ${missing.map((tool) => tool.debianPackage).join(" ")}`;
  console.log(
    systemToolsRequired()
      ? `  REQUIRE_SYSTEM_TOOLS=1: the tests that need ${missing.map((t) => t.name).join(", ")} will fail (${install})`
      : `  the tests that need ${missing.map((t) => t.name).join(", ")} are skipped, each titled so (${install} to run them)`,
  );
}

let code = 1;
try {
  await prepare();
  const browser = await browserEnv();
  reportSystemTools();
  code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "--experimental-vm-modules",
        "--no-warnings",
        join(repoRoot, "node_modules", "jest", "bin", "jest.js"),
        ...jestArgs,
      ],
      { cwd: repoRoot, stdio: "inherit", env: { ...process.env, ...browser, TEST_ROOT_DATABASE_URL: rootUrl } },
    );
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (exitCode) => resolve(exitCode ?? 1));
  });
} catch (error) {
  console.error("Could not prepare the test database:", error);
} finally {
  await cleanUp();
}
process.exit(code);

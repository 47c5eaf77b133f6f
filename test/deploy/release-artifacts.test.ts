// What a server is given: a release folder (npm run release:build) that starts
// with `npm start` on its production packages alone; the systemd units, checked
// by `systemd-analyze verify` and `security` against that folder; and the HAProxy
// configuration, as haproxyConfig writes it and as HAProxy itself accepts it.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { haproxyConfig } from "../../server/src/ops/haproxy.ts";
import { repoRoot } from "../../server/src/paths.ts";
import { buildClientIfStale } from "../client/build-client.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { freePort } from "../helpers/free-port.ts";
import { makeTestRelease } from "../helpers/release-folder.ts";
import { describeWith, haproxy, systemdAnalyze, toolPath } from "../helpers/system-tools.ts";
import { TEST_JWT_SECRET, TEST_ROLE_PREFIX } from "../helpers/test-env.ts";

const run = promisify(execFile);
const units = ["registry-api@.service", "registry-worker.service"];

let scratch: string;
let release: string;
let db: TestDatabase;

beforeAll(async () => {
  await buildClientIfStale();
  scratch = await mkdtemp(join(tmpdir(), "ear-artifacts-"));
  release = await makeTestRelease(join(scratch, "release"), { client: true });
  db = await createTestDatabase();
}, 300_000);
afterAll(async () => {
  await db?.drop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("the release folder", () => {
  it("holds the code, migrations and built client, and runs on Node from its production dependencies", async () => {
    for (const path of [
      "server/src/cli/start.ts",
      "graphile.config.ts",
      ".gmrc",
      "migrations/committed",
      "client/dist/index.html",
    ]) {
      expect([path, existsSync(join(release, path))]).toEqual([path, true]);
    }
    for (const path of ["test", "scripts", "client/src", "migrations/current/1-current.sql"]) {
      expect([path, existsSync(join(release, path))]).toEqual([path, false]);
    }
    const pkg = JSON.parse(await readFile(join(release, "package.json"), "utf8"));
    expect(pkg.dependencies.node).toBe(
      JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")).devDependencies.node,
    );
    expect(pkg.devDependencies.node).toBeUndefined();
    expect(Object.keys(pkg.scripts).sort()).toEqual(["import", "ops", "start", "worker"]);
    const lock = JSON.parse(await readFile(join(release, "package-lock.json"), "utf8"));
    expect(lock.packages[""].dependencies.node).toBe(pkg.dependencies.node);
    expect(lock.packages["node_modules/node"].dev).toBeUndefined();
    // What `npm ci --omit=dev` leaves out is missing here too.
    for (const tool of ["vite", "jest", "@vitejs/plugin-react", "playwright-core"]) {
      expect([tool, existsSync(join(release, "node_modules", tool))]).toEqual([tool, false]);
    }
  });

  it("starts with npm start (API only, external database), serves the built client and stops on SIGTERM", async () => {
    const port = await freePort();
    const child = spawn("npm", ["start"], {
      cwd: release,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: db.ownerUrl,
        AUTH_DATABASE_URL: db.authUrl,
        JWT_SECRET: TEST_JWT_SECRET,
        ROLE_PREFIX: TEST_ROLE_PREFIX,
        PORT: String(port),
        WORKER: "false",
        LOG_FORMAT: "json",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      const deadline = Date.now() + 180_000;
      let ready = 0;
      while (Date.now() < deadline && child.exitCode === null) {
        ready = await fetch(`http://127.0.0.1:${port}/readyz`)
          .then((r) => r.status)
          .catch(() => 0);
        if (ready === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      if (ready !== 200) console.log(output);
      expect(ready).toBe(200);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);
      expect(output).not.toMatch(/vite build/);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 240_000);
});

describeWith([systemdAnalyze], "the systemd units", () => {
  /** A unit as installed for this release folder: its paths point at things that exist here. */
  async function render(unit: string, into: string): Promise<string> {
    const text = (await readFile(join(repoRoot, "deploy", "systemd", unit), "utf8"))
      .replaceAll("/opt/registry/current", release)
      .replaceAll("/etc/registry/registry.env", join(scratch, "registry.env"));
    await mkdir(into, { recursive: true });
    await writeFile(join(into, unit), text);
    return text;
  }

  beforeAll(async () => {
    await writeFile(join(scratch, "registry.env"), "REGISTRY_ENV=production\n");
  });

  it("pass systemd-analyze verify, with no warnings", async () => {
    const dir = join(scratch, "units");
    for (const unit of units) await render(unit, dir);
    for (const name of ["registry-api@3001.service", "registry-worker.service"]) {
      const { stderr } = await run(toolPath(systemdAnalyze), ["verify", join(dir, name)]);
      expect([name, stderr.trim()]).toEqual([name, ""]);
    }
  });

  it("fail systemd-analyze verify when the release folder has no Node", async () => {
    const dir = join(scratch, "broken");
    const text = await render("registry-worker.service", dir);
    await writeFile(
      join(dir, "registry-worker.service"),
      text.replace("node_modules/.bin/node", "node_modules/.bin/missing"),
    );
    await expect(run(toolPath(systemdAnalyze), ["verify", join(dir, "registry-worker.service")])).rejects.toMatchObject(
      {
        stderr: expect.stringMatching(/is not executable/),
      },
    );
  });

  it("are hardened: systemd-analyze security rates each OK or better (exposure below 3)", async () => {
    const dir = join(scratch, "security");
    for (const unit of units) {
      const text = await render(unit, dir);
      for (const option of [
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "ProtectHome=yes",
        "PrivateTmp=yes",
        "ReadWritePaths=/var/lib/registry",
        "CapabilityBoundingSet=\n",
      ]) {
        expect([unit, text.includes(option)]).toEqual([unit, true]);
      }
    }
    for (const name of ["registry-api@3001.service", "registry-worker.service"]) {
      const { stdout } = await run(toolPath(systemdAnalyze), [
        "security",
        "--offline=true",
        "--threshold=30",
        join(dir, name),
      ]);
      const exposure = Number(/Overall exposure level for \S+: ([\d.]+)/.exec(stdout)?.[1]);
      console.log(`systemd-analyze security ${name}: exposure ${exposure}`);
      expect(exposure).toBeLessThan(3);
    }
  });
});

describe("the HAProxy configuration", () => {
  const example = {
    bind: "127.0.0.1:8080",
    statsSocket: "/run/haproxy/registry-admin.sock",
    backend: "registry_api",
    servers: [
      { name: "api1", host: "127.0.0.1", port: 3001 },
      { name: "api2", host: "127.0.0.1", port: 3002 },
    ],
  };

  it("in deploy/haproxy/ is the one haproxyConfig writes (the test's and the release's)", async () => {
    expect(await readFile(join(repoRoot, "deploy", "haproxy", "registry.cfg"), "utf8")).toBe(haproxyConfig(example));
  });

  describeWith([haproxy], "through HAProxy", () => {
    it("is accepted by HAProxy without warnings", async () => {
      const { stdout, stderr } = await run(toolPath(haproxy), [
        "-c",
        "-f",
        join(repoRoot, "deploy", "haproxy", "registry.cfg"),
      ]);
      expect(stdout + stderr).toMatch(/Configuration file is valid/);
      expect(stdout + stderr).not.toMatch(/WARNING|ALERT/);
    });
  });
});

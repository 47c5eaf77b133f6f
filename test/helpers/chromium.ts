// The browser the client tests and `npm run screenshots` drive, found in this order:
//   1. CHROMIUM_PATH, when set (it must exist: a wrong setting is an error, never a silent fallback);
//   2. Debian's /usr/bin/chromium, when installed;
//   3. the Chromium that the npm package @sparticuz/chromium ships (a devDependency), unpacked once per machine
//      into the temp folder, so `npm install && npm test` needs no browser on the machine.
// There is no skip: a browser test without a browser fails with what was tried.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { access, constants, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless browser in a container, as root, with no GPU or network chatter. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

export interface ChromiumLocation {
  path: string;
  /** Where it came from, for messages: "CHROMIUM_PATH", "system" or "npm". */
  source: "CHROMIUM_PATH" | "system" | "npm";
  /** One line for people: which browser, from where. */
  description: string;
}

export interface LocateOptions {
  /** Default: process.env (only CHROMIUM_PATH is read). */
  env?: NodeJS.ProcessEnv;
  /** Default: /usr/bin/chromium. Tests point it elsewhere to see the fallback. */
  systemPath?: string;
  /** Where the npm package's browser is unpacked (default: <temp>/ear-chromium). */
  unpackRoot?: string;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// Its entry point is build/index.js; the package folder is one up.
const sparticuzRoot = () => join(dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "..");

function sparticuzVersion(): string {
  return (JSON.parse(readFileSync(join(sparticuzRoot(), "package.json"), "utf8")) as { version: string }).version;
}

/**
 * Unpacks the npm package's browser into root/<version>/ (about 3 s and 220 MB, once per machine). The package
 * always unpacks into the temp folder it sees, so it runs in a child process whose TMPDIR is a scratch folder
 * next to the target; the finished folder is then renamed into place, so that processes racing to unpack
 * (parallel test files) never see half a browser.
 */
async function unpackNpmChromium(root: string): Promise<string> {
  const version = sparticuzVersion();
  const target = join(root, version);
  const binary = join(target, "chromium");
  if (await isExecutable(binary)) return binary;
  await mkdir(root, { recursive: true });
  const scratch = await mkdtemp(join(root, `.${version}-`));
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          'const { default: c } = await import("@sparticuz/chromium"); process.stdout.write(await c.executablePath());',
        ],
        // Resolved from this repository's node_modules, whatever the caller's working folder.
        { cwd: dirname(fileURLToPath(import.meta.url)), env: { ...process.env, TMPDIR: scratch }, stdio: "pipe" },
      );
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.on("error", reject);
      child.on("exit", (code) =>
        code === 0 && existsSync(join(scratch, "chromium"))
          ? resolve()
          : reject(new Error(`unpacking @sparticuz/chromium ${version} failed (exit ${code}): ${output.trim()}`)),
      );
    });
    try {
      await rename(scratch, target);
    } catch (error) {
      // Another process finished first: use its copy.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (!(await isExecutable(binary)))
    throw new Error(`unpacked @sparticuz/chromium ${version} but ${binary} is missing`);
  return binary;
}

export async function locateChromium(options: LocateOptions = {}): Promise<ChromiumLocation> {
  const env = options.env ?? process.env;
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (!(await isExecutable(configured))) {
      throw new Error(`CHROMIUM_PATH is ${configured}, which is not an executable file`);
    }
    return { path: configured, source: "CHROMIUM_PATH", description: `${configured} (CHROMIUM_PATH)` };
  }
  const systemPath = options.systemPath ?? SYSTEM_CHROMIUM;
  if (await isExecutable(systemPath)) {
    return { path: systemPath, source: "system", description: `${systemPath} (installed on this machine)` };
  }
  const root = options.unpackRoot ?? join(tmpdir(), "ear-chromium");
  let path: string;
  try {
    path = await unpackNpmChromium(root);
  } catch (error) {
    throw new Error(
      `No browser for the client tests: CHROMIUM_PATH is not set, ${systemPath} is missing, and the npm ` +
        `package's Chromium did not unpack (${(error as Error).message}). Install Debian's chromium or set CHROMIUM_PATH.`,
      { cause: error },
    );
  }
  return {
    path,
    source: "npm",
    description: `${path} (npm package @sparticuz/chromium ${sparticuzVersion()}; ${systemPath} is missing)`,
  };
}

/** A headless browser from locateChromium. */
export async function launchChromium(options: LocateOptions = {}): Promise<Browser> {
  const location = await locateChromium(options);
  try {
    return await chromium.launch({ executablePath: location.path, headless: true, args: chromiumArgs });
  } catch (error) {
    throw new Error(`Chromium ${location.description} did not start: ${(error as Error).message}`, { cause: error });
  }
}

// npm run release:build -- --out DIR [--no-client]: a release folder, the
// unit a rolling release moves to. It holds what `npm start`, `npm run worker`
// and `npm run ops` read at run time and nothing else: the server code, the
// PostGraphile preset, the committed migrations, the reference and demo data,
// the built client, and package.json with the lockfile, so that
// `npm ci --omit=dev` installs it. The tests, the client's sources, the
// scripts and the development tools (vite, jest, tsc) stay behind.
//
// The one change to package.json and the lockfile: the `node` package (Node 24,
// which runs the TypeScript directly) moves from devDependencies to
// dependencies, because `--omit=dev` would otherwise leave the folder with the
// system's Node, which cannot run it.
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { ensureClientBuilt } from "../server/src/cli/client-build.ts";
import { repoRoot } from "../server/src/paths.ts";

/** What the release folder copies from the checkout (paths relative to it). */
export const releaseContents = [
  "server",
  "graphile.config.ts",
  ".gmrc",
  "migrations/committed",
  "migrations/afterReset.sql",
  "migrations/manifest.json",
  "data",
  "package.json",
  "package-lock.json",
];

interface PackageJson {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
  [key: string]: unknown;
}

interface LockPackage {
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

interface Lockfile {
  packages: Record<string, LockPackage>;
  [key: string]: unknown;
}

/** Moves `node` (and what it depends on) from the development to the run-time dependencies. */
export function runtimeNode(pkg: PackageJson, lock: Lockfile): void {
  const version = pkg.devDependencies.node ?? pkg.dependencies.node;
  if (!version) throw new Error("package.json names no `node` package");
  delete pkg.devDependencies.node;
  pkg.dependencies = Object.fromEntries(Object.entries({ ...pkg.dependencies, node: version }).sort());
  const root = lock.packages[""]!;
  delete root.devDependencies?.["node" as keyof typeof root.devDependencies];
  root.dependencies = Object.fromEntries(Object.entries({ ...root.dependencies, node: version }).sort());
  const visit = (name: string) => {
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry || !entry.dev) return;
    delete entry.dev;
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) visit(dep);
  };
  visit("node");
}

/**
 * The top-level packages `npm ci --omit=dev` installs from the lockfile (those not marked dev), after
 * runtimeNode; nested copies come with their parent folder.
 */
export function productionPackages(lock: Lockfile): string[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/@][^/]*$/.test(path) && !entry.dev)
    .map(([path]) => path.slice("node_modules/".length))
    .sort();
}

export interface ReleaseFolderOptions {
  out: string;
  /** Build the client if stale and copy client/dist (default true). */
  client?: boolean;
}

export async function buildReleaseFolder(options: ReleaseFolderOptions): Promise<string> {
  const out = resolve(options.out);
  if (existsSync(out)) throw new Error(`${out} exists: a release folder is built once, into a new folder`);
  await mkdir(out, { recursive: true });
  for (const path of releaseContents) {
    await cp(join(repoRoot, path), join(out, path), { recursive: true });
  }
  await mkdir(join(out, "migrations", "current"), { recursive: true });
  if (options.client ?? true) {
    await ensureClientBuilt(pino({ level: "warn" }));
    await cp(join(repoRoot, "client", "dist"), join(out, "client", "dist"), { recursive: true });
  }
  const pkg = JSON.parse(await readFile(join(out, "package.json"), "utf8")) as PackageJson;
  const lock = JSON.parse(await readFile(join(out, "package-lock.json"), "utf8")) as Lockfile;
  runtimeNode(pkg, lock);
  // Only the scripts that run the service (start, worker, ops, import): the others need the checkout.
  pkg.scripts = Object.fromEntries(
    Object.entries(pkg.scripts).filter(([, command]) => command.includes("server/src/")),
  );
  await writeFile(join(out, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
  await writeFile(join(out, "package-lock.json"), JSON.stringify(lock, null, 2) + "\n");
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { out: { type: "string" }, "no-client": { type: "boolean" } },
  });
  if (!values.out) {
    console.error("usage: npm run release:build -- --out <new folder> [--no-client]");
    process.exit(2);
  }
  const out = await buildReleaseFolder({ out: values.out, client: !values["no-client"] });
  console.log(`release folder: ${out}\ninstall it with: cd ${out} && npm ci --omit=dev`);
}

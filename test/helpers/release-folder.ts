// Release folders for tests: scripts/release-folder.ts builds one from this
// checkout, and instead of `npm ci --omit=dev` (the registry, a minute or more)
// its node_modules is filled with links to this checkout's installed packages,
// exactly those `npm ci --omit=dev` would install (the lockfile's non-dev
// packages). So a development tool the release needs at run time is missing
// here as it would be on a server. Optionally the release gets
// committed migrations (hash-chained, as `graphile-migrate commit` writes it),
// to play the next releases.
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { migrationHash } from "../../server/src/db/migration-files.ts";
import { repoRoot } from "../../server/src/paths.ts";
import { buildReleaseFolder, productionPackages } from "../../scripts/release-folder.ts";

export interface TestReleaseOptions {
  client?: boolean;
  /** More migrations after the checkout's: each one's headers (`--! Compatible: …`) and body. */
  extraMigrations?: Array<{ headers: string[]; body: string }>;
}

/** Links node_modules/<package> to this checkout's copy for every production package; resolves to their count. */
export async function linkProductionPackages(release: string): Promise<number> {
  const lock = JSON.parse(await readFile(join(release, "package-lock.json"), "utf8"));
  const packages = productionPackages(lock);
  for (const name of packages) {
    const source = join(repoRoot, "node_modules", name);
    if (!existsSync(source)) continue; // an optional package for another platform
    const target = join(release, "node_modules", name);
    await mkdir(dirname(target), { recursive: true });
    await symlink(source, target, "dir");
  }
  // npm puts node_modules/.bin first on PATH: the `node` package's binary is the Node that runs the release.
  await mkdir(join(release, "node_modules", ".bin"), { recursive: true });
  await symlink(join(repoRoot, "node_modules", "node", "bin", "node"), join(release, "node_modules", ".bin", "node"));
  return packages.length;
}

export async function makeTestRelease(out: string, options: TestReleaseOptions = {}): Promise<string> {
  const release = await buildReleaseFolder({ out, client: options.client ?? false });
  for (const extra of options.extraMigrations ?? []) {
    const folder = join(release, "migrations", "committed");
    const committed = (await readdir(folder)).filter((f) => f.endsWith(".sql")).sort();
    const last = committed.at(-1)!;
    const previous = /^--! Hash: (\S+)$/m.exec(await readFile(join(folder, last), "utf8"))![1]!;
    const number = String(Number(last.slice(0, 6)) + 1).padStart(6, "0");
    const text = extra.body.trim() + "\n";
    await writeFile(
      join(folder, `${number}-next-release.sql`),
      [`--! Previous: ${previous}`, `--! Hash: ${migrationHash(text, previous)}`, ...extra.headers, "", text].join(
        "\n",
      ),
    );
  }
  await linkProductionPackages(release);
  return release;
}

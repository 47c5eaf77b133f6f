// Files the scale seed leaves next to the data (.data/bench/, or DATA_DIR):
// what was seeded (so the benchmark knows the database matches) and the query
// mix the benchmark sends.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadConfig } from "../../server/src/config/env.ts";
import type { BenchQuery } from "./query-mix.ts";

export const SCALE_SUFFIX = "scale";

export interface ScaleManifest {
  database: string;
  seed: number;
  employers: number;
  status: "loading" | "complete";
  /** migrationsFingerprint() when seeded: the schema and functions the data was made with. */
  migrations?: string;
  counts?: Record<string, number>;
  seconds?: Record<string, number>;
  finishedAt?: string;
}

export interface QueryFile {
  seed: number;
  employers: number;
  queries: BenchQuery[];
}

export function scaleFiles(): { dir: string; manifest: string; queries: string } {
  const dir = join(loadConfig().dataDir, "bench");
  return { dir, manifest: join(dir, "scale-seed.json"), queries: join(dir, "scale-queries.json") };
}

async function writeJson(path: string, value: unknown): Promise<void> {
  const { dir } = scaleFiles();
  await mkdir(dir, { recursive: true });
  await writeFile(`${path}.tmp`, JSON.stringify(value, null, 1) + "\n");
  await rename(`${path}.tmp`, path);
}

export const writeManifest = (manifest: ScaleManifest) => writeJson(scaleFiles().manifest, manifest);
export const writeQueryFile = (file: QueryFile) => writeJson(scaleFiles().queries, file);

export async function readManifest(): Promise<ScaleManifest | null> {
  try {
    return JSON.parse(await readFile(scaleFiles().manifest, "utf8")) as ScaleManifest;
  } catch {
    return null;
  }
}

export async function readQueryFile(): Promise<QueryFile | null> {
  try {
    return JSON.parse(await readFile(scaleFiles().queries, "utf8")) as QueryFile;
  } catch {
    return null;
  }
}

// Where the project's files are, wherever the process was started from.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const migrationsDir = join(repoRoot, "migrations");
export const clientDistDir = join(repoRoot, "client", "dist");
export const demoDataDir = join(repoRoot, "data", "demo");
export const schemaFile = join(repoRoot, "data", "schema.graphql");
export const defaultDataDir = join(repoRoot, ".data");
export const manifestFile = join(migrationsDir, "manifest.json");

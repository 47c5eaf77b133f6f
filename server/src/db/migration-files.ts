// The committed migration files as graphile-migrate writes them: a header of
// `--! Key: value` lines, a blank line, the body. graphile-migrate's public
// entry point exports its commands only (migrate, status, commit, …), not its
// file parser or hash, so this file reads the same documented format itself:
// the header keys graphile-migrate writes (Previous, Hash, Message), the ones
// it honours (AllowInvalidHash, no-transaction), and ours (Compatible).
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export interface MigrationFile {
  /** The name graphile-migrate records it by in graphile_migrate.migrations ("000009.sql"). */
  filename: string;
  /** The file's name in committed/ ("000009-add-notes.sql"). */
  file: string;
  headers: Record<string, string | null>;
  body: string;
  /**
   * The reason given by a `--! Compatible: <reason>` header: the previous release's code may run on a
   * database that has this migration (it only adds). null when the header is absent: a breaking migration.
   */
  compatible: string | null;
  /** Whether the migration runs outside a transaction (`--! no-transaction` as the body's first line). */
  noTransaction: boolean;
}

/** Splits a migration's text into header and body as graphile-migrate does (headers start with a capital). */
export function parseMigration(text: string): { headers: Record<string, string | null>; body: string } {
  const lines = text.split("\n");
  const headers: Record<string, string | null> = {};
  let count = 0;
  for (const line of lines) {
    const match = /^--! ([A-Z][a-zA-Z0-9_]*)(?::(.*))?$/.exec(line);
    if (!match) break;
    headers[match[1]!] = match[2]?.trim() ?? null;
    count++;
  }
  return { headers, body: lines.slice(count).join("\n").trim() + "\n" };
}

/** graphile-migrate's hash of a committed migration: sha1 over the previous hash, a line break and the body. */
export function migrationHash(body: string, previousHash: string | null): string {
  const text = ((previousHash ?? "") + "\n" + body.trim()).trim() + "\n";
  return "sha1:" + createHash("sha1").update(text).digest("hex");
}

export function isNoTransaction(body: string): boolean {
  return /^--! no-transaction\b/.test(body.trimStart());
}

/** The committed migrations in a migrations folder, in order. */
export async function readCommittedMigrations(migrationsFolder: string): Promise<MigrationFile[]> {
  const dir = join(migrationsFolder, "committed");
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /^\d{6}.*\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const { headers, body } = parseMigration(await readFile(join(dir, file), "utf8"));
      const compatible = headers.Compatible;
      return {
        filename: `${file.slice(0, 6)}.sql`,
        file,
        headers,
        body,
        compatible: compatible === undefined ? null : compatible || "(no reason given)",
        noTransaction: isNoTransaction(body),
      };
    }),
  );
}

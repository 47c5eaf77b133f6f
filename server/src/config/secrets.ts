// Secrets for embedded mode, generated on first start and kept in .data/ (0600),
// so tokens and passwords survive restarts without any configuration.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface EmbeddedSecrets {
  superuserPassword: string;
  ownerPassword: string;
  authenticatorPassword: string;
  jwtSecret: string;
}

const secret = () => randomBytes(24).toString("base64url");

export async function loadOrCreateSecrets(dataDir: string): Promise<EmbeddedSecrets> {
  const file = join(dataDir, "secrets.json");
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<EmbeddedSecrets>;
    if (parsed.superuserPassword && parsed.ownerPassword && parsed.authenticatorPassword && parsed.jwtSecret) {
      return parsed as EmbeddedSecrets;
    }
    throw new Error(`${file} is incomplete; delete .data/ to start afresh`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const created: EmbeddedSecrets = {
    superuserPassword: secret(),
    ownerPassword: secret(),
    authenticatorPassword: secret(),
    jwtSecret: randomBytes(48).toString("base64url"),
  };
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  await writeFile(file, JSON.stringify(created, null, 2) + "\n", { mode: 0o600, flag: "wx" }).catch(
    async (error: NodeJS.ErrnoException) => {
      // Another process created it first: use theirs.
      if (error.code !== "EEXIST") throw error;
    },
  );
  return JSON.parse(await readFile(file, "utf8")) as EmbeddedSecrets;
}

// Import settings from the environment (IMPORT_*), parsed once with clear errors.
import { ConfigError } from "../config/env.ts";

export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most data rows a file may have. */
  maxRows: number;
  /** Longest field (and record) in characters. */
  maxFieldChars: number;
}

export interface ImportConfig {
  limits: ImportLimits;
  /** Rows matched per transaction by the worker. */
  chunkRows: number;
  /** Run the graphile-worker runner inside `npm start`. */
  workerInProcess: boolean;
  /** Jobs the worker runs at once. */
  workerConcurrency: number;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

export function loadImportConfig(env: NodeJS.ProcessEnv = process.env): ImportConfig {
  const inProcess = env.IMPORT_WORKER ?? "true";
  if (!/^(1|true|yes|on|0|false|no|off)$/i.test(inProcess)) {
    throw new ConfigError(`IMPORT_WORKER must be true or false (got "${inProcess}")`);
  }
  return {
    limits: {
      maxBytes: int(env, "IMPORT_MAX_BYTES", 200 * 1024 * 1024, 1024, 10 * 1024 * 1024 * 1024),
      maxRows: int(env, "IMPORT_MAX_ROWS", 2_000_000, 1, 50_000_000),
      maxFieldChars: int(env, "IMPORT_MAX_FIELD_CHARS", 10_000, 100, 1_000_000),
    },
    chunkRows: int(env, "IMPORT_CHUNK_ROWS", 5_000, 1, 100_000),
    workerInProcess: /^(1|true|yes|on)$/i.test(inProcess),
    workerConcurrency: 1,
  };
}

// Which environment an ops command is about to change. Every command that
// writes to a database names the environment (REGISTRY_ENV) and database on
// stderr before it starts (at a terminal, or whenever REGISTRY_ENV is set); the risky ones on production (migrate, disable,
// snapshot restore, release, restore) also want the environment's name typed at
// the terminal, or `--confirm <name>` in scripts. The lists are by command
// path, so a command group needs no code of its own to be guarded.
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import type { AppConfig } from "../../config/env.ts";
import { EXIT_FAILURE, EXIT_USAGE, OpsError, type OpsIo } from "./context.ts";

/** Commands that change a database. */
export const CHANGING_COMMANDS = new Set([
  "migrate",
  "enable",
  "disable",
  "features enable",
  "features disable",
  "users add",
  "users disable",
  "users enable",
  "users set-password",
  "tokens issue",
  "tokens revoke",
  "load-registry",
  "renormalize",
  "snapshot create",
  "snapshot restore",
  "snapshot drop",
  "backfill feed-aliases",
  "backfill revert",
  "promotion rebuild",
  "promotion refresh",
  "release",
  "restore",
  "calibrate",
]);

/** Changing commands that, on production, ask for the environment's name first. */
export const GUARDED_COMMANDS = new Set([
  "migrate",
  "disable",
  "features disable",
  "snapshot restore",
  "release",
  "restore",
]);

/**
 * Changing commands that ask for the environment's name only with one of their options: `calibrate` only
 * records a run unless `--apply` changes the matcher's thresholds.
 */
export const GUARDED_WITH_OPTION = new Map([["calibrate", "apply"]]);

export const PRODUCTION = "production";

function isGuarded(command: Command, path: string): boolean {
  if (GUARDED_COMMANDS.has(path)) return true;
  const option = GUARDED_WITH_OPTION.get(path);
  return option !== undefined && Boolean(command.opts()[option]);
}

export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

function where(config: AppConfig): string {
  if (!config.external) return `the embedded database in ${config.dataDir}`;
  const url = new URL(config.external.databaseUrl);
  return `database ${decodeURIComponent(url.pathname.slice(1))} on ${url.hostname}${url.port ? `:${url.port}` : ""}`;
}

/** Adds --confirm to every guarded command of the program (after the groups have added theirs). */
export function addConfirmOptions(program: Command): void {
  const visit = (command: Command) => {
    const path = commandPath(command);
    if (GUARDED_COMMANDS.has(path) || GUARDED_WITH_OPTION.has(path)) {
      command.option("--confirm <environment>", "on production: the environment's name, instead of typing it");
    }
    command.commands.forEach(visit);
  };
  program.commands.forEach(visit);
}

/**
 * Before a command runs: names the environment for changing commands, and on production makes guarded ones
 * confirm. Throws OpsError when not confirmed.
 */
export async function guardEnvironment(command: Command, loadConfig: () => AppConfig, io: OpsIo): Promise<void> {
  const path = commandPath(command);
  // Only changing commands read the configuration here: the others (smoke, health, help) keep working, or
  // failing, as they would without the guard.
  if (!CHANGING_COMMANDS.has(path)) return;
  const config = loadConfig();
  // At a terminal always; in scripts when the environment is configured, so that unconfigured tooling (and its
  // tests) keeps a clean stderr.
  if (io.stderr.isTTY || io.env.REGISTRY_ENV)
    io.stderr.write(`environment: ${config.environment} (${where(config)})\n`);
  if (config.environment !== PRODUCTION || !isGuarded(command, path)) return;
  const given = command.opts().confirm as string | undefined;
  if (given !== undefined) {
    if (given === config.environment) return;
    throw new OpsError(
      `--confirm ${given} does not match the environment (${config.environment}): nothing done`,
      EXIT_USAGE,
    );
  }
  if (!io.stdin.isTTY) {
    throw new OpsError(
      `${path} on ${config.environment} must be confirmed: type the environment's name at a terminal, or pass --confirm ${config.environment}`,
      EXIT_USAGE,
    );
  }
  const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  try {
    io.stderr.write(`${path} will change ${config.environment}. Type the environment's name to go on: `);
    const answer = (await rl[Symbol.asyncIterator]().next()).value as string | undefined;
    if ((answer ?? "").trim() !== config.environment) {
      throw new OpsError(`not confirmed (typed "${(answer ?? "").trim()}"): nothing done`, EXIT_FAILURE);
    }
  } finally {
    rl.close();
  }
}

// The frame every `npm run ops` command runs in: the output streams, the
// database (opened on first use, closed at the end), exit codes and error
// reporting. A command group is one file that adds its commands to the program
// (see server/src/cli/ops.ts); it gets an OpsContext and never exits itself.
import { existsSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { pino, type Logger } from "pino";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { loadConfig, ConfigError, type AppConfig } from "../../config/env.ts";
import { openDatabase, prepareDatabase, type DatabaseRuntime } from "../../db/database.ts";
import { bootstrapDatabase } from "../../db/bootstrap.ts";
import { tolerateShutdown } from "../../db/pool.ts";
import { domainErrorCodes } from "../../graphql/domain-errors.ts";
import { addConfirmOptions, guardEnvironment } from "./environment-guard.ts";

export interface OpsIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Exit codes: 0 ok, 1 failure, 2 usage (unknown command or option, bad value, bad configuration). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A failure with a message written for the operator (printed without a stack). */
export class OpsError extends Error {
  exitCode: number;
  constructor(message: string, exitCode = EXIT_FAILURE) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The actor the audit trail records for operator commands (app.role; see docs). */
export const OPERATOR_ROLE = "operator";

export interface OpsDatabase {
  config: AppConfig;
  runtime: DatabaseRuntime;
  /** Connected as the database owner, with app.role = operator (and app.user_id with --as). */
  ownerPool: pg.Pool;
  logger: Logger;
}

export interface OpenOptions {
  /**
   * Bootstrap roles (with a superuser URL) and apply committed migrations
   * first, as `npm start` does. The embedded database is always prepared so
   * for commands that open it with database(); an external one only by
   * `migrate`: operators migrate it deliberately (with a safety copy first).
   */
  prepare?: boolean;
}

export interface OpsContext {
  io: OpsIo;
  /** Writes a line to stdout. */
  out(line: string): void;
  /** Writes a line to stderr. */
  err(line: string): void;
  /** Global --verbose. */
  verbose(): boolean;
  /**
   * The database, opened (embedded or DATABASE_URL) on first use and closed when the command ends. The
   * embedded one is started, bootstrapped and migrated first, as `npm start` does, so that any command works
   * on a fresh checkout.
   */
  database(options?: OpenOptions): Promise<OpsDatabase>;
  /**
   * The database opened as it is, without the owner pool: for commands that inspect it (status, verify,
   * backups, snapshots), so they report pending migrations rather than apply them. An embedded database
   * still gets its roles and database, so there is something to connect to.
   */
  runtime(): Promise<Omit<OpsDatabase, "ownerPool">>;
  /** Runs fn when the command ends, success or not (last added, first run). */
  onClose(fn: () => Promise<void> | void): void;
  /** The exit code when the command finishes without throwing (default 0). */
  setExitCode(code: number): void;
}

/** A command group: adds its commands to the program. */
export type CommandGroup = (program: Command, ctx: OpsContext) => void;

interface ErrorWithCode extends Error {
  code?: string;
  detail?: string;
}

/** One line for an error: our messages as they are, PostgreSQL's with their code, hints for the usual causes. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, message } = error as ErrorWithCode;
  if (error instanceof OpsError || error instanceof ConfigError) return message;
  if (code && domainErrorCodes[code]) return `${message} (${domainErrorCodes[code]})`;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || code === "EHOSTUNREACH") {
    return `the database is not reachable (${message}): is PostgreSQL running, and is DATABASE_URL right?`;
  }
  if (code === "3D000") return `${message}: run \`npm run ops -- migrate\` (or \`npm start\`) first`;
  if (code === "28P01" || code === "28000") {
    return `${message}: check the user and password in DATABASE_URL (embedded: \`npm run ops -- migrate\` creates the roles)`;
  }
  if (code === "42P01" || code === "3F000" || code === "42883") {
    return `${message}: the database is not migrated (run \`npm run ops -- migrate\`)`;
  }
  if (code && /^[0-9A-Z]{5}$/.test(code)) return `${message} (SQLSTATE ${code})`;
  return message.split("\n")[0] ?? message;
}

function passwordlessUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/**
 * Builds the program with the given command groups, runs argv, closes
 * everything it opened and resolves to the exit code. Never exits the process.
 */
export async function runOps(argv: string[], io: OpsIo, groups: CommandGroup[]): Promise<number> {
  const closers: Array<() => Promise<void> | void> = [];
  let exitCode = EXIT_OK;
  const program = new Command("ops");

  const write = (stream: NodeJS.WritableStream, text: string) => void stream.write(text);
  const ctx: OpsContext = {
    io,
    out: (line) => write(io.stdout, line + "\n"),
    err: (line) => write(io.stderr, line + "\n"),
    verbose: () => Boolean(program.opts().verbose),
    onClose: (fn) => void closers.push(fn),
    setExitCode: (value) => void (exitCode = value),
    database: (options = {}) => open(options),
    runtime: () => (base ??= openRuntime()),
  };

  // The database is opened once per command; preparing (migrate) and the
  // owner pool follow on first need.
  let base: Promise<{ config: AppConfig; logger: Logger; runtime: DatabaseRuntime }> | null = null;
  let prepared: Promise<void> | null = null;
  let pool: Promise<pg.Pool> | null = null;

  async function openRuntime() {
    let config: AppConfig;
    try {
      config = loadConfig(io.env);
    } catch (error) {
      if (error instanceof ConfigError) throw new OpsError(`configuration: ${error.message}`, EXIT_USAGE);
      throw error;
    }
    // Logs go to stderr: stdout carries the commands' answers (match writes JSON lines there).
    const logger = pino(
      { name: "ops", level: ctx.verbose() ? "debug" : "warn", base: { pid: process.pid } },
      pino.destination({ dest: 2, sync: true }),
    );
    const fresh = !config.external && !existsSync(join(config.dataDir, "pg", "PG_VERSION"));
    const runtime = await openDatabase(config, logger);
    closers.push(() => runtime.close());
    if (runtime.embedded && runtime.rootUrl) {
      // The roles and the database, as npm start creates them (idempotent): without them the owner's login
      // fails with "password authentication failed", which says nothing about what to do.
      const passwordOf = (url: string) => decodeURIComponent(new URL(url).password) || null;
      await bootstrapDatabase({
        rootUrl: runtime.rootUrl,
        databaseName: runtime.databaseName,
        roles: runtime.roles,
        ownerPassword: passwordOf(runtime.ownerUrl),
        authenticatorPassword: passwordOf(runtime.authUrl),
      });
      if (fresh) ctx.err(`database: created the embedded PostgreSQL in ${config.dataDir} (as npm start does)`);
    }
    if (ctx.verbose()) {
      ctx.err(
        runtime.embedded
          ? `database: embedded PostgreSQL on 127.0.0.1:${runtime.embedded.port} (${runtime.embedded.owned ? "started by this command" : "shared"})`
          : `database: ${passwordlessUrl(runtime.ownerUrl)}`,
      );
    }
    return { config, logger, runtime };
  }

  async function openPool(runtime: DatabaseRuntime, logger: Logger): Promise<pg.Pool> {
    // Every change an operator command makes is audited as app.role = operator
    // (audit_events.actor_role), and as the user named by --as when given.
    const settings = [`-c app.role=${OPERATOR_ROLE}`];
    const as = program.opts().as as string | undefined;
    if (as !== undefined) {
      const client = new pg.Client({ connectionString: runtime.ownerUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: string; is_disabled: boolean }>(
          "select id::text, is_disabled from app_public.users where username = $1::citext",
          [as],
        );
        if (!rows[0]) throw new OpsError(`--as ${as}: no such user`);
        if (rows[0].is_disabled) throw new OpsError(`--as ${as}: that user is disabled`);
        settings.push(`-c app.user_id=${rows[0].id}`);
      } finally {
        await client.end();
      }
    }
    const ownerPool = tolerateShutdown(
      new pg.Pool({
        connectionString: runtime.ownerUrl,
        max: 4,
        application_name: "registry-ops",
        options: settings.join(" "),
      }),
      (message) => logger.warn(message),
    );
    closers.push(() => ownerPool.end());
    return ownerPool;
  }

  async function open(options: OpenOptions): Promise<OpsDatabase> {
    base ??= openRuntime();
    const { config, logger, runtime } = await base;
    if (options.prepare || runtime.embedded) {
      prepared ??= prepareDatabase(runtime, logger);
      await prepared;
    }
    pool ??= openPool(runtime, logger);
    return { config, runtime, logger, ownerPool: await pool };
  }

  program
    .description("Operator commands for the Employer Alias Registry (run as: npm run ops -- <command>)")
    .option("--verbose", "print progress details and full error stacks")
    .option("--as <username>", "record changes in the audit trail as this user (default: the operator, no user)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => write(io.stdout, text),
      writeErr: (text) => write(io.stderr, text),
    })
    .showHelpAfterError()
    .showSuggestionAfterError()
    .addHelpText(
      "after",
      "\nExit codes: 0 ok, 1 failure, 2 usage error.\nRun `npm run ops -- help <command>` for a command's options.",
    );
  for (const group of groups) group(program, ctx);
  addConfirmOptions(program);
  program.hook("preAction", async (_program, command) => {
    await guardEnvironment(
      command,
      () => {
        try {
          return loadConfig(io.env);
        } catch (error) {
          if (error instanceof ConfigError) throw new OpsError(`configuration: ${error.message}`, EXIT_USAGE);
          throw error;
        }
      },
      io,
    );
  });

  // `help <command> [<subcommand>]` as `<command> [<subcommand>] --help`: commander's own help command stops at
  // the first word (so `help features enable` showed the group), and a command that parses its own options
  // answers --help itself.
  const helpFor = argv[0] === "help" ? argv[1] : undefined;
  if (helpFor) {
    if (!program.commands.some((c) => c.name() === helpFor || c.aliases().includes(helpFor))) {
      ctx.err(`error: unknown command '${helpFor}' (npm run ops -- help lists the commands)`);
      return EXIT_USAGE;
    }
    argv = [...argv.slice(1).filter((arg) => arg !== "--help"), "--help"];
  }

  let code = EXIT_OK;
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      code = EXIT_USAGE;
    } else {
      await program.parseAsync(argv, { from: "user" });
      code = exitCode;
    }
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help, `help` and --version are answers; everything else is a usage error.
      // (`help` exits 0 as commander.help; a group run without a subcommand prints help as an error, exit 1.)
      const answered =
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        (error.code === "commander.help" && error.exitCode === 0);
      code = answered ? EXIT_OK : EXIT_USAGE;
    } else {
      code = error instanceof OpsError ? error.exitCode : EXIT_FAILURE;
      const verbose = argv.includes("--verbose");
      ctx.err(`error: ${describeError(error)}`);
      if (verbose && error instanceof Error && error.stack) ctx.err(error.stack);
    }
  } finally {
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (error) {
        ctx.err(`error while closing: ${describeError(error)}`);
        if (code === EXIT_OK) code = EXIT_FAILURE;
      }
    }
  }
  return code;
}

/** A whole-number option value within bounds (commander argParser). */
export function positiveInteger(name: string, max = 1_000_000) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from 1 to ${max}`);
    }
    return n;
  };
}

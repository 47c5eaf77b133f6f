// npm run ops -- <command>: operator commands against the same database as
// npm start (the embedded PostgreSQL in .data/, shared if it is running and
// started for the command if not, or DATABASE_URL). Each command group is a
// file in ./ops/ exporting a CommandGroup; to add one, write the file and add
// one line below. Exit codes: 0 ok, 1 failure, 2 usage error.
import "./graphile-env.ts";
import { runOps, type CommandGroup } from "./ops/context.ts";
import { registerMigrationCommands } from "./ops/migrations.ts";
import { registerFeatureCommands } from "./ops/features.ts";
import { registerUserCommands } from "./ops/users.ts";
import { registerTokenCommands } from "./ops/tokens.ts";
import { registerRegistryCommands } from "./ops/registry.ts";
import { registerRenormalizeCommand } from "./ops/renormalize.ts";
import { registerDeployCommands } from "./ops/deploy.ts";
import { registerRunbookJobCommands } from "./ops/runbook-jobs.ts";
import { registerPromotionCommands } from "./ops/promotion.ts";
import { registerImportCommands } from "./ops/imports.ts";
import { registerCalibrateCommand } from "./ops/calibrate.ts";
import { registerReleaseCommand } from "./ops/release.ts";

const commandGroups: CommandGroup[] = [
  registerMigrationCommands, // migrate, status
  registerFeatureCommands, // features list|enable|disable, enable, disable
  registerUserCommands, // users list|add|disable|enable|set-password
  registerTokenCommands, // tokens issue|list|revoke
  registerRegistryCommands, // load-registry, match
  registerRenormalizeCommand, // renormalize
  registerDeployCommands, // backup, restore-drill, snapshot, verify, preflight, smoke
  registerRunbookJobCommands, // health, backfill feed-aliases
  registerPromotionCommands, // promotion rebuild|refresh
  registerImportCommands, // imports retract
  registerCalibrateCommand, // calibrate
  registerReleaseCommand, // release
];

// A reader that goes away (`… | head`) is not an error: commands stop writing (see ops/registry.ts).
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});
const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
const code = await runOps(process.argv.slice(2), io, commandGroups);
process.exit(code);

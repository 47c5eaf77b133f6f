// `npm run ops -- help <command> [<subcommand>]` shows that command's own usage and options: commander's help
// command stops at its first word, and a command that parses its own options (health) has to be asked with
// --help. Help needs no database, so the URLs here point nowhere.
import { runOps } from "../helpers/ops.ts";

const nowhere = { ownerUrl: "postgres://nobody:x@127.0.0.1:1/none", authUrl: "postgres://nobody:x@127.0.0.1:1/none" };

it.each([
  [["help", "features", "enable"], "Usage: ops features enable [options] <name>", "--reason <text>"],
  [["help", "load-registry"], "Usage: ops load-registry [options] <file>", "--source-system <key>"],
  [["help", "health"], "health [options]", "--watch <minutes>"],
])("%j shows the command's usage and options", async (args, usage, option) => {
  const run = await runOps(nowhere, args);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
  expect(run.stdout).toContain(usage);
  expect(run.stdout).toContain(option);
});

it("refuses help for a command that does not exist, as a usage error", async () => {
  const run = await runOps(nowhere, ["help", "no-such-command"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("unknown command 'no-such-command'");
});

// ops features list | enable NAME --reason … | disable NAME --reason …, and
// the runbook's short forms ops enable NAME / ops disable NAME. Switching goes
// through app_public.set_feature_switch, so the change is audited like an
// admin's (actor_role "operator", or the user named by --as).
import type { Command } from "commander";
import type { OpsContext } from "./context.ts";
import { formatTable, toJson } from "./output.ts";

interface FeatureSwitch {
  key: string;
  description: string;
  is_enabled: boolean;
  last_change_reason: string | null;
  updated_at: Date;
  updated_by: string | null;
}

async function listSwitches(ctx: OpsContext): Promise<FeatureSwitch[]> {
  const { ownerPool } = await ctx.database();
  const { rows } = await ownerPool.query<FeatureSwitch>(
    `select f.key, f.description, f.is_enabled, f.last_change_reason, f.updated_at, u.username::text as updated_by
       from app_public.feature_switches f left join app_public.users u on u.id = f.updated_by
      order by f.key`,
  );
  return rows;
}

async function setSwitch(ctx: OpsContext, key: string, enabled: boolean, reason: string): Promise<void> {
  const { ownerPool } = await ctx.database();
  const before = await ownerPool.query<{ is_enabled: boolean }>(
    "select is_enabled from app_public.feature_switches where key = $1",
    [key],
  );
  const { rows } = await ownerPool.query<{ key: string; is_enabled: boolean }>(
    "select key, is_enabled from app_public.set_feature_switch($1, $2, $3)",
    [key, enabled, reason],
  );
  const state = rows[0]!.is_enabled ? "enabled" : "disabled";
  const was = before.rows[0]?.is_enabled === rows[0]!.is_enabled ? " (it already was)" : "";
  ctx.out(`feature ${rows[0]!.key} ${state}${was}; reason recorded in the audit trail`);
}

function addSwitchCommand(parent: Command, ctx: OpsContext, enabled: boolean): void {
  parent
    .command(enabled ? "enable" : "disable")
    .description(`switch a feature ${enabled ? "on" : "off"} (takes effect on the next request, audited)`)
    .argument("<name>", "the feature switch key, e.g. alias_search")
    .requiredOption("--reason <text>", "why (kept in the audit trail)")
    .action(async (name: string, options: { reason: string }) => setSwitch(ctx, name, enabled, options.reason));
}

export function registerFeatureCommands(program: Command, ctx: OpsContext): void {
  const features = program.command("features").description("feature switches: list, enable, disable");
  features
    .command("list")
    .description("every feature switch, on or off, with the last reason")
    .option("--json", "one JSON array")
    .action(async (options: { json?: boolean }) => {
      const switches = await listSwitches(ctx);
      if (options.json) {
        ctx.out(toJson(switches));
        return;
      }
      for (const line of formatTable(
        ["feature", "state", "changed", "by", "reason", "what"],
        switches.map((s) => [
          s.key,
          s.is_enabled ? "on" : "OFF",
          s.updated_at,
          s.updated_by,
          s.last_change_reason,
          s.description,
        ]),
        "feature switches: none",
      ))
        ctx.out(line);
    });
  addSwitchCommand(features, ctx, true);
  addSwitchCommand(features, ctx, false);
  // The runbook's short forms.
  addSwitchCommand(program, ctx, true);
  addSwitchCommand(program, ctx, false);
}

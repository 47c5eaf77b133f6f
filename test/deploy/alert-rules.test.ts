// The Prometheus alert rules (deploy/prometheus/registry-alerts.yml) through
// Debian's promtool: the file is valid, every alert fires on its breach series
// and stays silent on its healthy one (registry-alerts.test.yml), every alert
// has both cases, and a rule with a wrong threshold fails the unit tests.
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../../server/src/paths.ts";
import { describeWith, promtool, toolPath } from "../helpers/system-tools.ts";

const run = promisify(execFile);
const dir = join(repoRoot, "deploy", "prometheus");

describeWith([promtool], "the rules through promtool", () => {
  it("passes promtool check rules", async () => {
    const { stdout } = await run(toolPath(promtool), ["check", "rules", join(dir, "registry-alerts.yml")]);
    expect(stdout).toMatch(/SUCCESS: 9 rules found/);
  });

  it("passes promtool test rules: each alert fires on its breach series and stays silent on the healthy one", async () => {
    const { stdout } = await run(toolPath(promtool), ["test", "rules", "registry-alerts.test.yml"], { cwd: dir });
    expect(stdout).toMatch(/SUCCESS/);
  });
});

it("has a firing and a silent case for every alert, and an alert for each of the runbook's thresholds", async () => {
  const rules = await readFile(join(dir, "registry-alerts.yml"), "utf8");
  const tests = await readFile(join(dir, "registry-alerts.test.yml"), "utf8");
  const alerts = [...rules.matchAll(/^\s+- alert: (\w+)$/gm)].map((m) => m[1]!);
  const silent = new Set([...tests.matchAll(/alertname: (\w+)\n\s+exp_alerts: \[\]/g)].map((m) => m[1]!));
  const firing = new Set([...tests.matchAll(/alertname: (\w+)\n\s+exp_alerts:\n\s+- exp_labels/g)].map((m) => m[1]!));
  expect(alerts).toEqual([
    "RegistrySearchSlow",
    "RegistryErrorRateHigh",
    "RegistryReviewBacklogHigh",
    "RegistryAliasInsertFailures",
    "RegistryCoverageDrop",
    "RegistryNotReady",
    "RegistryDown",
    "RegistryWorkerStalled",
    "RegistryAnalyticsStale",
  ]);
  for (const alert of alerts) {
    expect([alert, firing.has(alert), silent.has(alert)]).toEqual([alert, true, true]);
  }
});

describeWith([promtool], "a broken rule through promtool", () => {
  it("fails the unit tests when a threshold is wrong (the tests can fail)", async () => {
    const scratch = await mkdtemp(join(tmpdir(), "ear-alerts-"));
    try {
      const rules = await readFile(join(dir, "registry-alerts.yml"), "utf8");
      const broken = rules.replace(
        'max(registry_promotion_backlog{job="registry"}) > 50',
        'max(registry_promotion_backlog{job="registry"}) > 500',
      );
      expect(broken).not.toBe(rules);
      await writeFile(join(scratch, "registry-alerts.yml"), broken);
      await copyFile(join(dir, "registry-alerts.test.yml"), join(scratch, "registry-alerts.test.yml"));
      const failed = await run(toolPath(promtool), ["test", "rules", "registry-alerts.test.yml"], {
        cwd: scratch,
      }).then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(`${failed?.stdout}${failed?.stderr}`).toContain("alertname: RegistryReviewBacklogHigh");
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

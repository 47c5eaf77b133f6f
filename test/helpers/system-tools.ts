// Debian tools a few test files drive: promtool (the alert rules), haproxy (the
// rolling release and its configuration) and systemd-analyze (the service
// units). None of them comes through npm, so a fresh machine may lack them.
// There, the tests that need one are skipped under a title that names the
// tool and the package to install, and scripts/test.ts lists them before the
// run: never silently. Where REQUIRE_SYSTEM_TOOLS=1 (.ci/run, which installs
// them), a missing tool fails those tests instead.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

export interface SystemTool {
  /** The command, as a person would type it. */
  name: string;
  /** Where it is, or null when it is not installed. */
  path: string | null;
  /** The Debian package that brings it. */
  debianPackage: string;
}

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The tool at its override (an environment variable naming the file), else on PATH or in the sbin folders. */
function locate(name: string, override: string | undefined): string | null {
  if (override) return executable(override) ? override : null;
  const folders = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/sbin", "/usr/bin"];
  for (const folder of folders) {
    if (folder && executable(join(folder, name))) return join(folder, name);
  }
  return null;
}

export const promtool: SystemTool = {
  name: "promtool",
  path: locate("promtool", process.env.PROMTOOL_PATH),
  debianPackage: "prometheus",
};
export const haproxy: SystemTool = {
  name: "haproxy",
  path: locate("haproxy", process.env.HAPROXY_PATH),
  debianPackage: "haproxy",
};
export const systemdAnalyze: SystemTool = {
  name: "systemd-analyze",
  path: locate("systemd-analyze", process.env.SYSTEMD_ANALYZE_PATH),
  debianPackage: "systemd",
};
export const systemTools = [promtool, haproxy, systemdAnalyze];

export const systemToolsRequired = () => process.env.REQUIRE_SYSTEM_TOOLS === "1";

const missingMessage = (tool: SystemTool) =>
  `${tool.name} is not installed (apt-get install ${tool.debianPackage}; .ci/run installs it)`;

/** The tool's path; throws the install hint when it is missing (for code inside a describeWith block). */
export function toolPath(tool: SystemTool): string {
  if (!tool.path) throw new Error(missingMessage(tool));
  return tool.path;
}

/**
 * describe(), when every tool is there or the tools are required; describe.skip() under a title that says what
 * is missing otherwise.
 */
export function describeWith(tools: SystemTool[], title: string, body: () => void): void {
  const missing = tools.filter((tool) => !tool.path);
  if (missing.length === 0) {
    describe(title, body);
  } else if (systemToolsRequired()) {
    describe(title, () => {
      beforeAll(() => {
        throw new Error(missing.map(missingMessage).join("; "));
      });
      body();
    });
  } else {
    describe.skip(`${title} [skipped: ${missing.map(missingMessage).join("; ")}]`, body);
  }
}

// The README's layout block (the fenced block under "## How it is built") is a newcomer's first map of the
// repository, so it is held to the tree: every path it lists exists (a folder written with its trailing slash, a
// file without), no path is listed twice, every folder under server/src/ has its own line, and every top-level
// folder is listed, except dot-folders and what .gitignore keeps out of the repository (node_modules, build
// output, local data). A line is `<path>  <what it holds>`; an indented path is inside the nearest folder above it
// with less indentation, so `server/src/` followed by `  auth/` lists server/src/auth/.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../../server/src/paths.ts";

export interface LayoutEntry {
  /** Relative to the repository's root; folders end with "/". */
  path: string;
  /** The README's line number, for messages. */
  line: number;
}

const HEADING = "## How it is built";

/** The layout block's lines and the README line number of its first line. */
export function layoutBlock(readme: string): { lines: string[]; firstLine: number } {
  const lines = readme.split("\n");
  const heading = lines.indexOf(HEADING);
  if (heading < 0) throw new Error(`README.md has no "${HEADING}" section`);
  const open = lines.findIndex((line, i) => i > heading && line.startsWith("```"));
  const close = lines.findIndex((line, i) => i > open && line.startsWith("```"));
  if (open < 0 || close < 0) throw new Error(`README.md: no closed fenced block under "${HEADING}"`);
  return { lines: lines.slice(open + 1, close), firstLine: open + 2 };
}

export function parseLayout(lines: string[], firstLine = 1): LayoutEntry[] {
  const entries: LayoutEntry[] = [];
  const folders: Array<{ indent: number; path: string }> = [];
  lines.forEach((text, i) => {
    if (text.trim() === "") return;
    const line = firstLine + i;
    const indent = text.length - text.trimStart().length;
    const name = text.trimStart().split(/\s+/)[0]!;
    while (folders.length > 0 && folders[folders.length - 1]!.indent >= indent) folders.pop();
    const parent = folders[folders.length - 1];
    if (indent > 0 && !parent) throw new Error(`README.md line ${line}: "${name}" is indented under no folder`);
    const path = (parent?.path ?? "") + name;
    entries.push({ path, line });
    if (path.endsWith("/")) folders.push({ indent, path });
  });
  return entries;
}

/** Top-level names .gitignore keeps out of the repository (patterns without an inner slash match at any depth). */
function gitignoredNames(root: string): RegExp[] {
  const file = join(root, ".gitignore");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("!"))
    .map((line) => line.replace(/^\//, "").replace(/\/$/, ""))
    .filter((pattern) => !pattern.includes("/"))
    .map(
      (pattern) =>
        new RegExp(
          `^${pattern
            .replace(/[.+^${}()|[\]\\]/g, "\\$&")
            .replace(/\*/g, ".*")
            .replace(/\?/g, ".")}$`,
        ),
    );
}

function folderNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The folders the block must list: the repository's own top-level folders, and every folder under server/src/. */
export function requiredFolders(root: string): string[] {
  const ignored = gitignoredNames(root);
  const topLevel = folderNames(root).filter(
    (name) => !name.startsWith(".") && name !== "node_modules" && !ignored.some((pattern) => pattern.test(name)),
  );
  const serverSrc = join(root, "server", "src");
  const inServer = existsSync(serverSrc) ? folderNames(serverSrc).map((name) => `server/src/${name}/`) : [];
  return [...topLevel.map((name) => `${name}/`), ...inServer];
}

export function layoutProblems(entries: LayoutEntry[], root: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const { path, line } of entries) {
    const key = path.replace(/\/$/, "");
    const first = seen.get(key);
    if (first !== undefined) problems.push(`line ${line}: ${path} is listed again (first on line ${first})`);
    else seen.set(key, line);

    const onDisk = join(root, key);
    if (!existsSync(onDisk)) {
      problems.push(`line ${line}: ${path} does not exist`);
    } else if (path.endsWith("/") !== statSync(onDisk).isDirectory()) {
      problems.push(
        path.endsWith("/")
          ? `line ${line}: ${path} is a file: list it without the trailing slash`
          : `line ${line}: ${path} is a folder: list it as ${path}/`,
      );
    }
  }
  for (const folder of requiredFolders(root)) {
    // A top-level folder counts as listed when a path inside it is (server/ through server/src/); a folder of
    // server/src/ needs a line of its own.
    const listed = folder.startsWith("server/src/")
      ? entries.some((entry) => entry.path === folder)
      : entries.some((entry) => entry.path.startsWith(folder));
    if (!listed) problems.push(`${folder} is missing from the block`);
  }
  return problems;
}

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const block = layoutBlock(readme);

describe("the README's layout block", () => {
  it("lists only paths that exist, each once, and every folder of the repository and of server/src/", () => {
    expect(layoutProblems(parseLayout(block.lines, block.firstLine), repoRoot)).toEqual([]);
  });

  it("is the block under 'How it is built', read as paths within their folders", () => {
    const paths = parseLayout(block.lines, block.firstLine).map((entry) => entry.path);
    expect(block.lines[0]).toMatch(/^\.gmrc\s/);
    expect(paths).toEqual(
      expect.arrayContaining([
        "CONVENTIONS.md",
        "migrations/fixtures/",
        "server/src/imports/",
        "server/src/normaliser/",
        "server/src/registry/",
        "server/src/promotion/",
        "scripts/bench/",
        "scripts/seed/",
      ]),
    );
  });
});

describe("the layout check", () => {
  const real = parseLayout(block.lines, block.firstLine);

  it("fails on a path that does not exist, and on a folder or file written as the other", () => {
    const entries = [
      ...real,
      ...parseLayout(["server/src/", "  nowhere/          a room that was never built", "  auth  no slash"], 500),
    ];
    expect(layoutProblems(entries, repoRoot)).toEqual([
      "line 500: server/src/ is listed again (first on line " + real.find((e) => e.path === "server/src/")!.line + ")",
      "line 501: server/src/nowhere/ does not exist",
      "line 502: server/src/auth is listed again (first on line " +
        real.find((e) => e.path === "server/src/auth/")!.line +
        ")",
      "line 502: server/src/auth is a folder: list it as server/src/auth/",
    ]);
  });

  it("fails on a path listed twice", () => {
    const twice = parseLayout(["server/src/", "  ops/   operator commands", "  ops/   operator commands"]);
    expect(layoutProblems(twice, repoRoot)).toContain("line 3: server/src/ops/ is listed again (first on line 2)");
  });

  it("fails when a folder of server/src/ or a top-level folder is left out", () => {
    const withoutImports = real.filter((entry) => entry.path !== "server/src/imports/");
    expect(layoutProblems(withoutImports, repoRoot)).toEqual(["server/src/imports/ is missing from the block"]);
    const withoutScripts = real.filter((entry) => !entry.path.startsWith("scripts/"));
    expect(layoutProblems(withoutScripts, repoRoot)).toEqual(["scripts/ is missing from the block"]);
  });

  it("refuses an indented line that belongs to no folder", () => {
    expect(() => parseLayout([".gmrc   settings", "  afterReset.sql   extensions"], 10)).toThrow(
      'README.md line 11: "afterReset.sql" is indented under no folder',
    );
  });

  it("requires the repository's own folders only: not dot-folders, node_modules or what .gitignore keeps out", () => {
    const root = mkdtempSync(join(tmpdir(), "readme-layout-"));
    try {
      for (const dir of ["client", ".ci", "node_modules", "coverage", "run", "server/src/auth", "server/src/tasks"]) {
        mkdirSync(join(root, dir), { recursive: true });
      }
      writeFileSync(join(root, ".gitignore"), "# build output\ncoverage/\nrun\nclient/dist/\n*.log\n");
      expect(requiredFolders(root)).toEqual(["client/", "server/", "server/src/auth/", "server/src/tasks/"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

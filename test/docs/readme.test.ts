// What a newcomer reads first must hold in a bare clone: every link in README.md and docs/ leads to a file of
// this repository (nothing beside it, such as ../shared/, which a clone does not have), and the Node version the
// README asks for is the one package.json's engines declares.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { repoRoot } from "../../server/src/paths.ts";

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

const documents = [join(repoRoot, "README.md"), ...markdownFiles(join(repoRoot, "docs"))];

it("links only to files inside the repository, and every such file exists", () => {
  const broken: string[] = [];
  for (const file of documents) {
    const text = readFileSync(file, "utf8");
    const name = relative(repoRoot, file);
    if (text.includes("../shared/")) broken.push(`${name}: mentions ../shared/, which a clone does not have`);
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(target!)) continue;
      const path = resolve(dirname(file), decodeURIComponent(target!.split("#")[0]!));
      if (relative(repoRoot, path).startsWith("..")) broken.push(`${name}: ${target} is outside the repository`);
      else if (!existsSync(path)) broken.push(`${name}: ${target} does not exist`);
    }
  }
  expect(broken).toEqual([]);
});

it("asks for the Node and npm versions package.json's engines declare", () => {
  const engines = (
    JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
      engines: { node: string; npm: string };
    }
  ).engines;
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const asked = /\*\*Node\.js ≥ (\d+) and npm ≥ (\d+)\*\*/.exec(readme);
  expect(asked && { node: `>=${asked[1]}`, npm: `>=${asked[2]}` }).toEqual(engines);
});

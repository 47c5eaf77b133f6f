// The typed documents in client/src/gql/ are committed, so a schema or
// operation change shows up in review; this fails when they are stale.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { repoRoot } from "../../server/src/paths.ts";

const generatedDir = join(repoRoot, "client", "src", "gql");

it("matches the committed client/src/gql (run npm run codegen after schema or operation changes)", async () => {
  const { config } = await loadCodegenConfig({ configFilePath: join(repoRoot, "codegen.yml") });
  // saveToFile = false: generate in memory, write nothing.
  const outputs: Array<{ filename: string; content: string }> = await generate(
    { ...config, cwd: repoRoot, silent: true },
    false,
  );

  const fresh = new Map(outputs.map((output) => [relative(repoRoot, join(repoRoot, output.filename)), output.content]));
  const committedNames = (await readdir(generatedDir)).map((name) => relative(repoRoot, join(generatedDir, name)));
  expect(committedNames.sort()).toEqual([...fresh.keys()].sort());
  for (const [filename, content] of fresh) {
    expect({ filename, content: await readFile(join(repoRoot, filename), "utf8") }).toEqual({ filename, content });
  }
});

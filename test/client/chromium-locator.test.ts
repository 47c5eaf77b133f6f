// Which browser the client tests get (test/helpers/chromium.ts): CHROMIUM_PATH first, then the system's, then
// the npm package's — really unpacked here into a scratch folder, as on a machine without Chromium, and driven.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium, locateChromium } from "../helpers/chromium.ts";

const missingSystem = "/nonexistent/usr/bin/chromium";
// Any executable file stands in for an installed browser where only the choice is checked.
const someExecutable = process.execPath;

let unpackRoot: string;
beforeAll(async () => {
  unpackRoot = await mkdtemp(join(tmpdir(), "ear-chromium-test-"));
});
afterAll(async () => {
  await rm(unpackRoot, { recursive: true, force: true });
});

it("takes CHROMIUM_PATH first, and refuses one that is not an executable rather than looking elsewhere", async () => {
  await expect(
    locateChromium({ env: { CHROMIUM_PATH: someExecutable }, systemPath: missingSystem }),
  ).resolves.toMatchObject({ path: someExecutable, source: "CHROMIUM_PATH" });
  await expect(
    locateChromium({ env: { CHROMIUM_PATH: "/nonexistent/chromium" }, systemPath: someExecutable }),
  ).rejects.toThrow("CHROMIUM_PATH is /nonexistent/chromium, which is not an executable file");
});

it("takes the system's Chromium when there is one", async () => {
  await expect(locateChromium({ env: {}, systemPath: someExecutable, unpackRoot })).resolves.toMatchObject({
    path: someExecutable,
    source: "system",
  });
});

it("falls back to the npm package's Chromium when the system has none: unpacked once, even when asked twice at once, and it runs", async () => {
  const options = { env: {}, systemPath: missingSystem, unpackRoot };
  const [first, second] = await Promise.all([locateChromium(options), locateChromium(options)]);
  expect(first).toMatchObject({ source: "npm" });
  expect(first.path.startsWith(unpackRoot + "/")).toBe(true);
  expect(first.description).toContain(`${missingSystem} is missing`);
  expect(second.path).toBe(first.path);

  const browser = await launchChromium(options);
  try {
    const page = await browser.newPage();
    await page.setContent("<main><h1>Registry</h1><button>Search</button></main>");
    expect(await page.getByRole("button", { name: "Search" }).textContent()).toBe("Search");
  } finally {
    await browser.close();
  }
});

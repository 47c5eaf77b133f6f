// Learned names in the built client: the queue page lists the unconfirmed
// ones and a steward confirms one there; the employer page shows its own
// sample, where a steward retires one. Analysts do not get the page.
import type { Page } from "playwright-core";
import {
  csv,
  importText,
  lowerFuzzyAutoThreshold,
  processBatch,
  seedRegistry,
  type Registry,
} from "../imports/import-helpers.ts";
import { logIn, startBrowserHarness, type BrowserHarness } from "./browser-harness.ts";

let harness: BrowserHarness;
let page: Page;
let registry: Registry;

beforeAll(async () => {
  harness = await startBrowserHarness();
  registry = await seedRegistry(harness.db);
  await lowerFuzzyAutoThreshold(harness.db);
  const received = await importText(
    harness.db,
    csv(
      "Bluegum Civil Engineerng Pty Ltd,,,,,P1,Road,builder,VIC,3000",
      "Harbourview Formwrk Pty Ltd,,,,,P2,Bridge,builder,NSW,2000",
    ),
  );
  await processBatch(harness.db, received.batchId);
  page = await harness.newPage();
  await page.goto(`${harness.server.url}/learned-aliases`);
  await logIn(page, harness.users.steward);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

const state = async (name: string) =>
  (await harness.db.ownerPool.query("select learned_state from app_public.aliases where name = $1", [name])).rows[0]
    ?.learned_state ?? "gone";

it("lists the unconfirmed learned names, and a steward confirms one", async () => {
  await page.getByRole("link", { name: "Learned names" }).click();
  const table = page.getByRole("table", { name: /Unconfirmed learned names/ });
  await table.waitFor();
  const row = table.getByRole("row", { name: /Bluegum Civil Engineerng Pty Ltd/ });
  await row.waitFor();
  await table.getByRole("row", { name: /Harbourview Formwrk Pty Ltd/ }).waitFor();
  await row.getByRole("button", { name: "Confirm" }).click();
  await page.getByText('Confirmed "Bluegum Civil Engineerng Pty Ltd".').waitFor();
  expect(await state("Bluegum Civil Engineerng Pty Ltd")).toBe("confirmed");
});

it("shows an employer's own learned names on its page, where a steward retires one", async () => {
  await page.goto(`${harness.server.url}/employers/${registry.harbour}`);
  const section = page.getByRole("region", { name: "Learned names to review" });
  const row = section.getByRole("row", { name: /Harbourview Formwrk Pty Ltd/ });
  await row.waitFor();
  await row.getByRole("button", { name: "Retire" }).click();
  await page.getByText('Retired "Harbourview Formwrk Pty Ltd".').waitFor();
  expect(await state("Harbourview Formwrk Pty Ltd")).toBe("gone");
});

it("is not offered to an analyst", async () => {
  const analyst = await harness.newPage();
  await analyst.goto(`${harness.server.url}/search`);
  await logIn(analyst, harness.users.analyst);
  expect(await analyst.getByRole("link", { name: "Learned names" }).count()).toBe(0);
});

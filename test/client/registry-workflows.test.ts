// Steward workflows in the built client, end to end against the real server:
// search and open an employer, add and retire a name, merge and unmerge with
// the confirmation, and the same pages read-only for an analyst.
import type { Page } from "playwright-core";
import { logIn, startBrowserHarness, type BrowserHarness } from "./browser-harness.ts";

let harness: BrowserHarness;
let page: Page;
let stewardToken: string;
let harbourside: string;
let duplicate: string;

interface Registered {
  registerEmployer: { result: { rowId: string } };
}

async function register(name: string, abn: string, aliases: Array<{ name: string; kind: string }>): Promise<string> {
  const { body } = await harness.server.gql<Registered>(
    `mutation ($name: String!, $abn: String!, $aliases: [NewAliasInput]) {
       registerEmployer(input: { name: $name, identifiers: [{ scheme: "abn", value: $abn }], aliases: $aliases }) {
         result { rowId }
       }
     }`,
    { name, abn, aliases },
    stewardToken,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.registerEmployer.result.rowId;
}

async function employerState(id: string) {
  const { body } = await harness.server.gql<{
    employer: { status: string; aliases: { nodes: Array<{ name: string; validTo: string | null }> } };
  }>(
    "query ($id: BigInt!) { employer(rowId: $id) { status aliases(first: 50) { nodes { name validTo } } } }",
    { id },
    stewardToken,
  );
  return body.data!.employer;
}

const namesTable = () => page.getByRole("table", { name: /^Names of/ });

beforeAll(async () => {
  harness = await startBrowserHarness();
  stewardToken = await harness.server.login(harness.users.steward.username, harness.users.steward.password);
  harbourside = await register("Harbourside Constructions Pty Ltd", "51824753556", [
    { name: "Harbourside Builders", kind: "trading" },
  ]);
  duplicate = await register("Harbour Side Constructions", "33102417032", [
    { name: "HSC Group", kind: "abbreviation" },
  ]);
  page = await harness.newPage();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

it("sends a signed-out visitor to the login screen and back to the employer they asked for", async () => {
  await page.goto(`${harness.server.url}/employers/${harbourside}`);
  await page.getByLabel("Username").waitFor();
  expect(new URL(page.url()).pathname).toBe("/login");
  expect(new URL(page.url()).searchParams.get("next")).toBe(`/employers/${harbourside}`);
  await logIn(page, harness.users.steward);
  await page.getByRole("heading", { level: 1, name: "Harbourside Constructions Pty Ltd" }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/employers/${harbourside}`);
});

it("finds an employer by a trading name, explains the match, and opens it", async () => {
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Search" }).click();
  await page.getByLabel("Employer name or identifier").fill("harbourside builders");
  await page.keyboard.press("Enter");
  const results = page.getByRole("table", { name: /Employers matching/ });
  await results.waitFor();
  expect(new URL(page.url()).searchParams.get("q")).toBe("harbourside builders");
  const first = results.getByRole("row").nth(1);
  const cells = await first.getByRole("cell").allTextContents();
  expect(cells[1]).toContain("Harbourside Constructions Pty Ltd");
  expect(cells[2]).toBe("1.00");
  expect(cells[3]).toBe("auto");
  expect(cells[4]).toBe("exact");
  expect(cells[5]).toBe("Harbourside Builders (Trading)");
  expect(cells[6]!.length).toBeGreaterThan(0);

  // Canonical names only: the trading name is no longer what matched.
  const canonicalOnly = page.waitForResponse(
    (response) =>
      response.url().endsWith("/graphql") && response.request().postData()!.includes('"includeAliases":false'),
  );
  await page.getByLabel("Include aliases").uncheck();
  await canonicalOnly;
  expect(new URL(page.url()).searchParams.get("aliases")).toBe("0");
  await page.getByRole("status").filter({ hasText: "Loading" }).waitFor({ state: "detached" });
  const matchedNames = await page.locator("table.results tbody tr td:nth-child(6)").allTextContents();
  expect(matchedNames.filter((name) => name.includes("Harbourside Builders"))).toEqual([]);
  await page.getByLabel("Include aliases").check();

  await page
    .getByRole("table", { name: /Employers matching/ })
    .getByRole("link", { name: "Harbourside Constructions Pty Ltd" })
    .click();
  await page.getByRole("heading", { level: 1, name: "Harbourside Constructions Pty Ltd" }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/employers/${harbourside}`);
  await namesTable().getByRole("cell", { name: "Harbourside Builders", exact: true }).waitFor();
  await page
    .getByRole("table", { name: /^Identifiers of/ })
    .getByText("51824753556")
    .waitFor();
  // Back returns to the same search.
  await page.goBack();
  expect(await page.getByLabel("Employer name or identifier").inputValue()).toBe("harbourside builders");
});

it("adds a name, refuses a duplicate in words, and retires the name after a confirmation", async () => {
  await page.goto(`${harness.server.url}/employers/${harbourside}`);
  const addForm = page.getByRole("form", { name: "Add a name" });
  await addForm.getByLabel("Name").fill("Harbourside Civil");
  await addForm.getByLabel("Kind").selectOption("former");
  await addForm.getByRole("button", { name: "Add name" }).click();
  await page.getByRole("status").filter({ hasText: "Added “Harbourside Civil”." }).waitFor();
  const row = namesTable().getByRole("row").filter({ hasText: "Harbourside Civil" });
  await row.waitFor();
  expect(await row.getByRole("cell").nth(1).textContent()).toBe("Former");
  expect(await row.getByRole("cell").nth(3).textContent()).toBe("Current");

  await addForm.getByLabel("Name").fill("HARBOURSIDE builders");
  await addForm.getByRole("button", { name: "Add name" }).click();
  const refusal = addForm.getByRole("alert");
  await refusal.waitFor();
  expect(await refusal.getAttribute("data-code")).toBe("DUPLICATE_ALIAS");
  expect(await refusal.textContent()).toContain("Adding the name: Name already recorded");

  // Escape closes the confirmation without retiring anything.
  await page.getByRole("button", { name: "Retire Harbourside Civil" }).click();
  const dialog = page.getByRole("dialog", { name: "Retire name" });
  await dialog.waitFor();
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  expect(
    (await employerState(harbourside)).aliases.nodes.find((a) => a.name === "Harbourside Civil")?.validTo,
  ).toBeNull();

  await page.getByRole("button", { name: "Retire Harbourside Civil" }).click();
  await dialog.getByRole("button", { name: "Retire name" }).click();
  await page.getByRole("status").filter({ hasText: "Retired “Harbourside Civil”." }).waitFor();
  await row
    .getByRole("cell")
    .nth(3)
    .filter({ hasText: /^Retired / })
    .waitFor();
  expect(await page.getByRole("button", { name: "Retire Harbourside Civil" }).count()).toBe(0);
  const retired = (await employerState(harbourside)).aliases.nodes.find((a) => a.name === "Harbourside Civil");
  expect(retired?.validTo).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
});

it("merges a duplicate after showing what will move, then undoes the merge", async () => {
  await page.goto(`${harness.server.url}/employers/${harbourside}`);
  await page.getByLabel("Find the duplicate").fill("Harbour Side Constructions");
  await page.getByLabel("Find the duplicate").press("Enter");
  await page.getByRole("button", { name: `Choose Harbour Side Constructions (#${duplicate})` }).click();
  await page.getByRole("button", { name: "Review merge…" }).click();

  const dialog = page.getByRole("dialog", { name: "Confirm merge" });
  const moving = dialog.getByRole("list", { name: "Names that move" });
  await moving.waitFor();
  expect(await moving.getByRole("listitem").allTextContents()).toEqual([
    "Harbour Side Constructions (its canonical name, kept as a former name)",
    "HSC Group (Abbreviation)",
  ]);
  expect(await dialog.getByRole("list", { name: "Identifiers that move" }).textContent()).toBe("ABN 33102417032");
  // Nothing has happened yet.
  expect((await employerState(duplicate)).status).toBe("active");

  await dialog.getByLabel("Reason (recorded with the merge)").fill("Same ABN holder, two spellings");
  await dialog.getByRole("button", { name: `Merge #${duplicate} into #${harbourside}` }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /^Merged Harbour Side Constructions/ })
    .waitFor();
  expect((await employerState(duplicate)).status).toBe("merged");
  await namesTable().getByRole("cell", { name: "HSC Group", exact: true }).waitFor();
  await page
    .getByRole("table", { name: /^Identifiers of/ })
    .getByText("33102417032")
    .waitFor();
  const history = page.getByRole("region", { name: /^Merges/ });
  await history.getByText("Same ABN holder, two spellings").waitFor();

  const undoButton = history.getByRole("button", { name: /^Undo merge #/ });
  await undoButton.click();
  const undo = page.getByRole("dialog", { name: "Undo merge" });
  expect(await undo.getByRole("list", { name: "What moves back" }).getByRole("listitem").allTextContents()).toEqual([
    `1 name moves back from Harbourside Constructions Pty Ltd (#${harbourside})`,
    "1 identifier moves back",
    `the former name the merge added to Harbourside Constructions Pty Ltd (#${harbourside}) is removed`,
  ]);
  await undo.getByRole("button", { name: "Undo merge" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /undone\.$/ })
    .waitFor();
  await history.getByText(/^\s*Undone /).waitFor();
  expect(await namesTable().getByRole("cell", { name: "HSC Group", exact: true }).count()).toBe(0);
  expect((await employerState(duplicate)).status).toBe("active");
  expect((await employerState(duplicate)).aliases.nodes.map((a) => a.name)).toEqual(["HSC Group"]);
});

it("shows an analyst the same employer without any control that changes it", async () => {
  await page.getByRole("button", { name: "Log out" }).click();
  await page.getByLabel("Username").waitFor();
  await logIn(page, harness.users.analyst);
  await page.getByRole("heading", { level: 1, name: "Harbourside Constructions Pty Ltd" }).waitFor();
  await namesTable().waitFor();
  for (const name of ["Add name", "Add identifier", "Review merge…", "Archive employer…"]) {
    expect(await page.getByRole("button", { name }).count()).toBe(0);
  }
  expect(await page.getByRole("button", { name: /^(Retire|Edit|Undo merge)/ }).count()).toBe(0);
  const nav = page.getByRole("navigation", { name: "Sections" });
  expect(await nav.getByRole("link", { name: "Register employer" }).count()).toBe(0);
  expect(await nav.getByRole("link", { name: "Admin" }).count()).toBe(0);
  await page.goto(`${harness.server.url}/employers/new`);
  await page.getByRole("heading", { name: "Not allowed" }).waitFor();
});

it("raised no uncaught errors in the page", () => {
  expect(harness.pageErrors).toEqual([]);
});

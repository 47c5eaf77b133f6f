// The pending queue in the built client, end to end against the real server:
// an imported batch's unmatched names as items with their rows and ranked
// candidates, matching one to its candidate, a bulk reject (refused in words
// without a reason), creating from one, and the same screen read-only for an analyst.
import type { Page } from "playwright-core";
import { csv, importText, processBatch, seedRegistry, type Registry } from "../imports/import-helpers.ts";
import { logIn, startBrowserHarness, type BrowserHarness } from "./browser-harness.ts";

let harness: BrowserHarness;
let page: Page;
let registry: Registry;
let batchId: string;

beforeAll(async () => {
  harness = await startBrowserHarness();
  registry = await seedRegistry(harness.db);
  const received = await importText(
    harness.db,
    csv(
      "Harbourveiw Formwork Services,,,,,P4,Bridge,subcontractor,NSW,2000",
      "Harbourveiw Formwork Services,,,,,P5,Wharf,subcontractor,NSW,2000",
      "Kestrel Demolition Pty Ltd,BCI-K1,,,,P2,Site,subcontractor,NSW,2000",
      "Kestrel Demolition,,,,,P3,Site,subcontractor,NSW,2000",
      "TBA,,,,,P6,Unknown,builder,NSW,2000",
      "To Be Advised,,,,,P7,Unknown,builder,NSW,2000",
      "Ibis Insulation,,,,,P10,Roof,subcontractor,QLD,4000",
      "Osprey Cranes,,,,,P11,Lift,subcontractor,QLD,4000",
      "Osprey Crane Hire,,,,,P12,Lift,subcontractor,QLD,4000",
      "Pelican Paving,,,,,P13,Road,subcontractor,QLD,4000",
    ),
  );
  batchId = received.batchId;
  await processBatch(harness.db, batchId, 4);
  page = await harness.newPage();
  await page.goto(`${harness.server.url}/pending-employers`);
  await logIn(page, harness.users.steward);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

const list = (p: Page = page) => p.getByRole("table", { name: /^Open pending employers/ });
const panel = (p: Page = page) => p.locator("article.item-panel");

async function pendingIdFor(name: string): Promise<string> {
  const { rows } = await harness.db.ownerPool.query<{ id: string }>(
    "select pending_employer_id::text as id from app_public.import_rows where batch_id = $1 and company_name = $2",
    [batchId, name],
  );
  return rows[0]!.id;
}

async function statusOf(id: string) {
  const { rows } = await harness.db.ownerPool.query<{ status: string; resolved_employer_id: string | null }>(
    "select status::text, resolved_employer_id::text from app_public.pending_employers where id = $1",
    [id],
  );
  return rows[0];
}

it("lists open items and shows one item's spellings, rows and ranked candidates at its own URL", async () => {
  await list().waitFor();
  const names = await list().getByRole("link").allTextContents();
  expect(names).toHaveLength(8);
  expect(names).toEqual(
    expect.arrayContaining(["Harbourveiw Formwork Services", "TBA", "To Be Advised", "Ibis Insulation"]),
  );
  // Most rows first.
  expect(names[0]).toBe("Harbourveiw Formwork Services");

  const kestrel = await pendingIdFor("Kestrel Demolition Pty Ltd");
  await page.goto(`${harness.server.url}/pending-employers/${kestrel}`);
  await panel()
    .getByRole("heading", { name: /^Kestrel Demolition/ })
    .waitFor();
  // One spelling once legal forms are set aside, carried by two rows written two ways.
  const spellings = await panel().getByRole("list", { name: "Spellings" }).getByRole("listitem").allTextContents();
  expect(spellings).toEqual(["Kestrel Demolition × 2"]);
  expect(await panel().getByRole("list", { name: "Identifiers seen" }).textContent()).toBe("BCI_COMPANY BCI-K1");
  const rows = panel().getByRole("table", { name: /^Import rows of/ });
  expect(await rows.getByRole("row").count()).toBe(3);
  expect(await rows.locator("tbody td:nth-child(3)").allTextContents()).toEqual([
    "Kestrel Demolition Pty Ltd",
    "Kestrel Demolition",
  ]);
  await panel().getByText(`From 1 batch: #${batchId} test.csv`).waitFor();
});

it("matches an item to its ranked candidate, and the employer gains the spellings", async () => {
  const harbour = await pendingIdFor("Harbourveiw Formwork Services");
  await list().getByRole("link", { name: "Harbourveiw Formwork Services" }).click();
  expect(new URL(page.url()).pathname).toBe(`/pending-employers/${harbour}`);
  const candidates = panel().getByRole("table", { name: /^Candidates for/ });
  const top = candidates.getByRole("row").nth(1);
  expect(await top.getByRole("cell").first().textContent()).toBe("1");
  await top.getByRole("link", { name: "Harbourview Formwork Pty Ltd" }).waitFor();
  expect(await top.locator("td.explanation").textContent()).toContain("Harbourview Formwork");

  await panel().getByLabel("Note (recorded with a match, create or merge)").fill("Typo of Harbourview");
  await top.getByRole("button", { name: "Match to Harbourview Formwork Pty Ltd" }).click();
  await page
    .getByRole("status")
    .filter({
      hasText: `Matched “Harbourveiw Formwork Services” to Harbourview Formwork Pty Ltd (#${registry.harbour}).`,
    })
    .waitFor();
  await list().getByRole("link", { name: "Harbourveiw Formwork Services" }).waitFor({ state: "detached" });
  expect(await statusOf(harbour)).toEqual({ status: "matched", resolved_employer_id: registry.harbour });

  // The resolved item stays linkable and says what happened.
  await page.goto(`${harness.server.url}/pending-employers/${harbour}`);
  await panel()
    .getByRole("note")
    .filter({ hasText: "Resolved (matched)" })
    .getByText("Harbourview Formwork Pty Ltd")
    .waitFor();
  await panel()
    .getByRole("note")
    .getByText(/Typo of Harbourview/)
    .waitFor();
  expect(
    await panel()
      .getByRole("button", { name: /^Match to/ })
      .count(),
  ).toBe(0);
  await page.goto(`${harness.server.url}/employers/${registry.harbour}`);
  await page
    .getByRole("table", { name: /^Names of/ })
    .getByRole("cell", { name: "Harbourveiw Formwork Services", exact: true })
    .waitFor();
});

it("rejects several items at once, after refusing an empty reason in words", async () => {
  await page.goto(`${harness.server.url}/pending-employers`);
  await list().waitFor();
  await page.getByLabel("Tick TBA").check();
  await page.getByLabel("Tick To Be Advised").check();
  await page.getByRole("status").filter({ hasText: "2 of 7 ticked" }).waitFor();
  await page.getByRole("button", { name: "Reject ticked" }).click();
  await page.getByRole("alert").filter({ hasText: "A reason is required to reject" }).waitFor();
  const tba = await pendingIdFor("TBA");
  const advised = await pendingIdFor("To Be Advised");
  expect((await statusOf(tba))!.status).toBe("open");

  await page.getByLabel("Reason for rejecting the ticked items").fill("Placeholder, not a company");
  await page.getByRole("button", { name: "Reject ticked" }).click();
  await page.getByRole("status").filter({ hasText: "Rejected 2 items." }).waitFor();
  await list().getByRole("link", { name: "TBA" }).waitFor({ state: "detached" });
  expect(await list().getByRole("link").allTextContents()).not.toContain("To Be Advised");
  expect((await statusOf(tba))!.status).toBe("rejected");
  expect((await statusOf(advised))!.status).toBe("rejected");
  const { rows } = await harness.db.ownerPool.query(
    "select resolution_note from app_public.pending_employers where id = any($1::bigint[])",
    [[tba, advised]],
  );
  expect(rows).toEqual([
    { resolution_note: "Placeholder, not a company" },
    { resolution_note: "Placeholder, not a company" },
  ]);
});

it("creates a new employer from an item", async () => {
  const ibis = await pendingIdFor("Ibis Insulation");
  await page.goto(`${harness.server.url}/pending-employers/${ibis}`);
  await panel().getByLabel("Name of the new employer").fill("Ibis Insulation Pty Ltd");
  await panel().getByRole("button", { name: "Create employer" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /^Created employer “Ibis Insulation Pty Ltd” \(#\d+\)\.$/ })
    .waitFor();
  const status = await statusOf(ibis);
  expect(status!.status).toBe("created");
  const { rows } = await harness.db.ownerPool.query("select name from app_public.employers where id = $1", [
    status!.resolved_employer_id,
  ]);
  expect(rows).toEqual([{ name: "Ibis Insulation Pty Ltd" }]);
});

it("merges one pending item into another, then creates employers from several items at once", async () => {
  const cranes = await pendingIdFor("Osprey Cranes");
  const hire = await pendingIdFor("Osprey Crane Hire");
  await page.goto(`${harness.server.url}/pending-employers/${cranes}`);
  await panel().getByRole("heading", { name: "Osprey Cranes" }).waitFor();
  await panel().getByRole("button", { name: "Merge into this item" }).click();
  await panel().getByRole("alert").filter({ hasText: "Choose the pending item that is the same company." }).waitFor();
  await panel()
    .getByLabel("Other pending item")
    .selectOption({ label: `Osprey Crane Hire (#${hire})` });
  await panel().getByRole("button", { name: "Merge into this item" }).click();
  await page.getByRole("status").filter({ hasText: "Merged “Osprey Crane Hire” into “Osprey Cranes”." }).waitFor();
  await list().getByRole("link", { name: "Osprey Crane Hire" }).waitFor({ state: "detached" });
  expect((await statusOf(hire))!.status).toBe("merged");

  await page.goto(`${harness.server.url}/pending-employers`);
  await page.getByLabel("Tick Osprey Cranes").check();
  await page.getByLabel("Tick Pelican Paving").check();
  await page.getByRole("button", { name: "Create employers" }).click();
  await page.getByRole("status").filter({ hasText: "Created 2 employers." }).waitFor();
  await list().getByRole("link", { name: "Pelican Paving" }).waitFor({ state: "detached" });
  const { rows } = await harness.db.ownerPool.query(
    `select e.name, (select count(*)::int from app_public.aliases a where a.employer_id = e.id) as aliases
     from app_public.pending_employers p join app_public.employers e on e.id = p.resolved_employer_id
     where p.id = any($1::bigint[]) order by e.name`,
    [[cranes, await pendingIdFor("Pelican Paving")]],
  );
  // The merged item's other spelling came along as an alias of the new employer.
  expect(rows).toEqual([
    { name: "Osprey Cranes", aliases: 1 },
    { name: "Pelican Paving", aliases: 0 },
  ]);
});

it("shows an analyst the queue and an item read-only", async () => {
  const analystPage = await harness.newPage();
  const kestrel = await pendingIdFor("Kestrel Demolition");
  await analystPage.goto(`${harness.server.url}/pending-employers/${kestrel}`);
  await logIn(analystPage, harness.users.analyst);
  await panel(analystPage)
    .getByRole("heading", { name: /^Kestrel Demolition/ })
    .waitFor();
  await list(analystPage).waitFor();
  await analystPage.getByText("You can read the queue; stewards resolve it.").waitFor();
  expect(await analystPage.getByRole("checkbox").count()).toBe(0);
  for (const name of [/^Match to/, /^Create employer/, /^Reject/, /^Merge/]) {
    expect(await analystPage.getByRole("button", { name }).count()).toBe(0);
  }
  expect((await statusOf(kestrel))!.status).toBe("open");
});

it("raised no uncaught errors in the page", () => {
  expect(harness.pageErrors).toEqual([]);
});

// The home page per role (what waits, links into each queue, recent activity)
// and the promotion console's two tasks: names to promote, with likely
// misspellings flagged and ranked down, and spellings to correct, which offer
// an edit and never a Promote button.
import type { Page } from "playwright-core";
import { employerWith, seenInFeed } from "../helpers/promotion.ts";
import { logIn, startBrowserHarness, type BrowserHarness } from "./browser-harness.ts";

let harness: BrowserHarness;
let page: Page;
const ids: Record<string, string> = {};

beforeAll(async () => {
  harness = await startBrowserHarness();
  const owner = harness.db.ownerPool;
  ids.morris = (
    await employerWith(owner, "Morris, McMahon & Co", [
      { name: "MOORRIS, MCMAHON & CO", kind: "feed_spelling", source: "bci" },
    ])
  ).employerId;
  await seenInFeed(owner, "MOORRIS, MCMAHON & CO", 12, { projects: 5 });
  await seenInFeed(owner, "Morris, McMahon & Co", 4, { projects: 2 });
  ids.hutchinson = (
    await employerWith(owner, "Hutchinson Builders Pty Ltd", [{ name: "Hutchies", kind: "other", source: "bci" }])
  ).employerId;
  await seenInFeed(owner, "HUTCHIES", 12, { projects: 5 });
  await seenInFeed(owner, "Hutchinson Builders P/L", 4, { projects: 2 });
  ids.jones = (await employerWith(owner, "JONES BROS EARTHMOVING")).employerId;
  // A failed import this week: the home page's health alert.
  await owner.query(
    "insert into app_public.import_batches (source_system, file_name, state, last_error) values ('bci', 'broken.csv', 'failed', 'no header row')",
  );
  page = await harness.newPage();
  await page.goto(`${harness.server.url}/`);
  await logIn(page, harness.users.steward);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

const queue = () => page.getByRole("table", { name: /^Promotion queue/ });
const panel = () => page.locator("article.item-panel");

it("lists names to promote with why each is there, the likely misspelling flagged and last", async () => {
  await page.goto(`${harness.server.url}/promotion-queue`);
  await queue().waitFor();
  const tabs = page.getByRole("navigation", { name: "Queue tasks" });
  expect(await tabs.getByRole("link", { name: /To promote/ }).getAttribute("aria-current")).toBe("page");
  await tabs.getByRole("link", { name: "To promote 2" }).waitFor();
  await tabs.getByRole("link", { name: "Fix the spelling 1" }).waitFor();
  const rows = queue().getByRole("row");
  expect(await rows.count()).toBe(3); // the header and two items; JONES BROS waits in the other task
  expect(await rows.nth(1).textContent()).toContain("Hutchies");
  const slip = rows.nth(2);
  expect(await slip.textContent()).toContain("MOORRIS, MCMAHON & CO");
  await slip.getByText("likely misspelling").waitFor();
  await slip
    .getByText(
      "Feeds carried it 12 times, the canonical name 4; but it is one letter from the canonical name: likely a misspelling.",
    )
    .waitFor();
});

it("puts a canonical name without a better alias in the spelling task: an edit, never a Promote button", async () => {
  await page
    .getByRole("navigation", { name: "Queue tasks" })
    .getByRole("link", { name: /Fix the spelling/ })
    .click();
  await queue().getByRole("link", { name: "JONES BROS EARTHMOVING" }).click();
  await panel().getByText("fix the spelling").waitFor();
  await panel()
    .getByText(
      "The canonical name looks like a feed spelling (all capitals) and no alias reads better: correct its spelling.",
    )
    .waitFor();
  expect(
    await panel()
      .getByRole("button", { name: /Promote/ })
      .count(),
  ).toBe(0);
  const field = panel().getByLabel("The name as it should read");
  expect(await field.inputValue()).toBe("Jones Bros Earthmoving");
  await field.fill("Jones Bros. Earthmoving");
  await panel().getByRole("button", { name: "Save the spelling (e)" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: "Corrected “JONES BROS EARTHMOVING” to “Jones Bros. Earthmoving”." })
    .waitFor();
  const { rows } = await harness.db.ownerPool.query(
    "select action::text, name_before, name_after, rationale from app_public.canonical_decisions where employer_id = $1",
    [ids.jones],
  );
  expect(rows).toEqual([
    {
      action: "promote",
      name_before: "JONES BROS EARTHMOVING",
      name_after: "Jones Bros. Earthmoving",
      rationale: "Spelling corrected",
    },
  ]);
  await page
    .getByRole("navigation", { name: "Queue tasks" })
    .getByRole("link", { name: "Fix the spelling 0" })
    .waitFor();
});

it("shows a steward what waits, with links to act, the health alert, and the correction in recent activity", async () => {
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Home", exact: true }).click();
  await page.getByRole("heading", { name: "What waits" }).waitFor();
  const counts = page.getByRole("list", { name: "Work waiting" });
  const card = (what: string) => counts.getByRole("listitem").filter({ hasText: what });
  expect(await card("Names to promote").locator(".figure").textContent()).toBe("2");
  expect(await card("Spellings to correct").locator(".figure").textContent()).toBe("0");
  expect(await card("Imports in progress").textContent()).toContain("1 failed this week");
  expect(await card("Health alerts").locator(".figure").textContent()).toBe("1");
  await page.getByRole("list", { name: "Health alerts" }).getByText("Imports failed this week: 1 (bound 0)").waitFor();
  await page
    .getByRole("list", { name: "Recent activity" })
    .getByRole("link", { name: "JONES BROS EARTHMOVING → Jones Bros. Earthmoving" })
    .waitFor();
  await card("Names to promote").getByRole("link", { name: "Review the promotion queue" }).click();
  await queue().waitFor();
  expect(new URL(page.url()).search).toBe("?task=promote");
});

it("shows an analyst the same counts read-only, and lands there after logging in", async () => {
  const analyst = await harness.newPage();
  await analyst.goto(`${harness.server.url}/login`);
  await logIn(analyst, harness.users.analyst);
  await analyst.getByRole("heading", { name: "What waits" }).waitFor();
  expect(new URL(analyst.url()).pathname).toBe("/");
  await analyst.getByText("You can read every queue; stewards act on them.").waitFor();
  const counts = analyst.getByRole("list", { name: "Work waiting" });
  await counts.getByRole("link", { name: "Read the promotion queue" }).waitFor();
  expect(await counts.getByRole("link", { name: "Review the promotion queue" }).count()).toBe(0);
  expect(
    await counts.getByRole("listitem").filter({ hasText: "Names to promote" }).locator(".figure").textContent(),
  ).toBe("2");
  expect(harness.pageErrors).toEqual([]);
});

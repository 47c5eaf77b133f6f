// The promotion console in the built client, end to end against the real
// server: promote (and the employer page follows), reject with a rationale,
// a claim another steward holds, keyboard shortcuts, revert from the history,
// and the same screen read-only for an analyst.
import type { Page } from "playwright-core";
import { employerWith, seenInFeed } from "../helpers/promotion.ts";
import { createUser, type TestUser } from "../helpers/users.ts";
import { logIn, startBrowserHarness, type BrowserHarness } from "./browser-harness.ts";

let harness: BrowserHarness;
let page: Page;
let colleague: TestUser;
const ids: Record<string, string> = {};

/** Employers whose canonical name looks like a feed spelling, each with a trusted legal name. */
const fixtures = {
  hutchinson: ["HUTCHINSON BUILDERS", "Hutchinson Builders Pty Ltd", 8],
  ridgeline: ["RIDGELINE CIVIL", "Ridgeline Civil Pty Ltd", 5],
  kestrel: ["KESTREL SCAFFOLDING", "Kestrel Scaffolding Pty Ltd", 4],
  osprey: ["OSPREY ROOFING", "Osprey Roofing Pty Ltd", 6],
  pelican: ["PELICAN PAVING", "Pelican Paving Pty Ltd", 3],
} as const;

beforeAll(async () => {
  harness = await startBrowserHarness();
  colleague = await createUser(harness.db, "second_steward", "steward");
  for (const [key, [canonical, legal, rows]] of Object.entries(fixtures)) {
    const fixture = await employerWith(harness.db.ownerPool, canonical, [
      { name: legal, kind: "legal", source: "abr" },
    ]);
    ids[key] = fixture.employerId;
    await seenInFeed(harness.db.ownerPool, legal, rows, { projects: 2 });
  }
  page = await harness.newPage();
  await page.goto(`${harness.server.url}/promotion-queue`);
  await logIn(page, harness.users.steward);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

const queue = (p: Page = page) => p.getByRole("table", { name: /^Promotion queue/ });
const panel = (p: Page = page) => p.locator("article.item-panel");

async function decisionsOf(employerId: string) {
  const { rows } = await harness.db.ownerPool.query<{ action: string; rationale: string | null; name_after: string }>(
    "select action::text, rationale, name_after from app_public.canonical_decisions where employer_id = $1 order by id",
    [employerId],
  );
  return rows;
}

it("lists the queue with evidence, promotes a candidate, and the employer page shows the new canonical name", async () => {
  await queue().waitFor();
  expect(await queue().getByRole("link").count()).toBe(5);
  await queue().getByRole("link", { name: "HUTCHINSON BUILDERS" }).click();
  expect(new URL(page.url()).pathname).toBe(`/promotion-queue/${ids.hutchinson}`);
  await panel().getByRole("heading", { name: "HUTCHINSON BUILDERS" }).waitFor();
  await panel().getByText("Hutchinson Builders Pty Ltd", { exact: true }).waitFor();
  // Evidence: the alias's own source and the feed that carried it, with rows and projects.
  const sources = panel().getByRole("table", { name: "Sources of the candidate name" });
  const abr = sources.getByRole("row").filter({ hasText: "abr" });
  expect(await abr.getByRole("cell").nth(1).textContent()).toBe("90");
  const feed = sources.getByRole("row").filter({ hasText: "bci" });
  expect((await feed.getByRole("cell").allTextContents()).slice(2, 4)).toEqual(["8", "2"]);
  await panel()
    .getByRole("list", { name: "Rules that fired" })
    .getByText("Canonical name looks like a feed spelling")
    .waitFor();
  await panel().getByText("Claimed by").or(panel().getByText("Unclaimed")).first().waitFor();

  await panel().getByRole("button", { name: "Promote (p)" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: "Promoted “Hutchinson Builders Pty Ltd” to canonical name (was “HUTCHINSON BUILDERS”)." })
    .waitFor();
  // The console moved on, and the decided item left the queue.
  expect(new URL(page.url()).pathname).not.toBe(`/promotion-queue/${ids.hutchinson}`);
  await queue().getByRole("link", { name: "HUTCHINSON BUILDERS" }).waitFor({ state: "detached" });
  expect(await decisionsOf(ids.hutchinson!)).toEqual([
    { action: "promote", rationale: null, name_after: "Hutchinson Builders Pty Ltd" },
  ]);

  await page.goto(`${harness.server.url}/employers/${ids.hutchinson}`);
  await page.getByRole("heading", { level: 1, name: "Hutchinson Builders Pty Ltd" }).waitFor();
  await page
    .getByRole("table", { name: /^Names of/ })
    .getByRole("cell", { name: "HUTCHINSON BUILDERS", exact: true })
    .waitFor();
});

it("reverts a promotion from the decision history, with a rationale", async () => {
  await page.goto(`${harness.server.url}/promotion-queue/${ids.hutchinson}`);
  const history = panel().getByRole("list", { name: /^Decisions about/ });
  await history.getByText("“HUTCHINSON BUILDERS” → “Hutchinson Builders Pty Ltd”").waitFor();
  await history.getByRole("button", { name: /^Revert decision #/ }).click();
  const dialog = page.getByRole("dialog", { name: "Revert promotion" });
  await dialog.getByRole("button", { name: "Revert promotion" }).click();
  await dialog.getByRole("alert").filter({ hasText: "A rationale is required to revert" }).waitFor();
  expect(await decisionsOf(ids.hutchinson!)).toHaveLength(1);
  await dialog.getByLabel("Rationale (required)").fill("ABR name is stale; the feed spelling is what members use");
  await dialog.getByRole("button", { name: "Revert promotion" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: "Reverted: the canonical name is “HUTCHINSON BUILDERS” again." })
    .waitFor();
  await panel().getByRole("heading", { name: "HUTCHINSON BUILDERS" }).waitFor();
  await history.getByText("Reverted by decision #").waitFor();
  expect((await decisionsOf(ids.hutchinson!)).map((d) => d.action)).toEqual(["promote", "revert"]);
});

it("refuses to reject without a rationale, in words, then rejects with one and the item leaves the queue", async () => {
  await page.goto(`${harness.server.url}/promotion-queue/${ids.ridgeline}`);
  await panel().getByRole("heading", { name: "RIDGELINE CIVIL" }).waitFor();
  await panel().getByRole("button", { name: "Reject (r)" }).click();
  await panel()
    .getByRole("alert")
    .filter({ hasText: "A rationale is required to reject: say why, for the decision log." })
    .waitFor();
  // The rationale field has the focus, and nothing was decided.
  expect(
    await panel()
      .getByLabel("Rationale (required to reject or defer)")
      .evaluate((el) => el === document.activeElement),
  ).toBe(true);
  expect(await decisionsOf(ids.ridgeline!)).toEqual([]);

  await panel().getByLabel("Rationale (required to reject or defer)").fill("Members know them as RIDGELINE CIVIL");
  await panel().getByRole("button", { name: "Reject (r)" }).click();
  await page.getByRole("status").filter({ hasText: "Rejected “Ridgeline Civil Pty Ltd”" }).waitFor();
  await queue().getByRole("link", { name: "RIDGELINE CIVIL" }).waitFor({ state: "detached" });
  expect(await decisionsOf(ids.ridgeline!)).toEqual([
    { action: "reject", rationale: "Members know them as RIDGELINE CIVIL", name_after: "RIDGELINE CIVIL" },
  ]);
});

it("shows a second steward who holds the claim, and refuses their claim in words", async () => {
  await page.goto(`${harness.server.url}/promotion-queue/${ids.kestrel}`);
  await panel().getByRole("button", { name: "Claim (c)" }).click();
  await panel().getByText("Claimed by you until").waitFor();
  await queue().getByRole("row").filter({ hasText: "KESTREL SCAFFOLDING" }).getByText("test_steward").waitFor();

  const second = await harness.newPage();
  await second.goto(`${harness.server.url}/promotion-queue/${ids.kestrel}`);
  await logIn(second, colleague);
  await panel(second).getByText("Claimed by test_steward until").waitFor();
  await panel(second).getByText("Other stewards’ decisions are refused until then.").waitFor();
  await panel(second).getByRole("button", { name: "Claim (c)" }).click();
  const refusal = panel(second).getByRole("alert");
  await refusal.waitFor();
  expect(await refusal.getAttribute("data-code")).toBe("PROMOTION_ITEM_CLAIMED");
  expect(await refusal.textContent()).toMatch(
    /^Claiming: Claimed by another steward.*is claimed by test_steward until/,
  );
  // Deciding is refused the same way, and nothing is recorded.
  await panel(second).getByRole("button", { name: "Promote (p)" }).click();
  await panel(second).getByRole("alert").filter({ hasText: "Promoting: Claimed by another steward" }).waitFor();
  expect(await decisionsOf(ids.kestrel!)).toEqual([]);
  await second.context().close();

  // The holder releases it again.
  await panel().getByRole("button", { name: "Release claim" }).click();
  await panel().getByText("Unclaimed: claim it").waitFor();
});

it("works through the queue with j/k, c and d, and ignores the keys while typing", async () => {
  await page.goto(`${harness.server.url}/promotion-queue`);
  await queue().waitFor();
  const links = queue().getByRole("link");
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
  expect(hrefs).toHaveLength(3);

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await help.getByText("Promote the candidate to canonical name").waitFor();
  await page.keyboard.press("Escape");
  await help.waitFor({ state: "hidden" });

  const path = () => {
    const url = new URL(page.url());
    return url.pathname + url.search;
  };
  await page.keyboard.press("j");
  await page.waitForURL((url) => url.pathname + url.search === hrefs[0]);
  await page.keyboard.press("j");
  await page.waitForURL((url) => url.pathname + url.search === hrefs[1]);
  await page.keyboard.press("k");
  await page.waitForURL((url) => url.pathname + url.search === hrefs[0]);
  const employerId = hrefs[0]!.split("/")[2]!.split("?")[0]!;
  await panel().getByText("Unclaimed: claim it").waitFor();

  // Typed into the rationale, the same letters are text, not commands.
  const rationale = panel().getByLabel("Rationale (required to reject or defer)");
  await rationale.click();
  await page.keyboard.type("jkcdp waiting for the ABR update");
  expect(path()).toBe(hrefs[0]);
  expect(await rationale.inputValue()).toBe("jkcdp waiting for the ABR update");
  expect(await decisionsOf(employerId)).toEqual([]);
  await rationale.blur();

  await page.keyboard.press("c");
  await panel().getByText("Claimed by you until").waitFor();
  await page.keyboard.press("d");
  await page
    .getByRole("status")
    .filter({ hasText: /^Deferred “.*” until / })
    .waitFor();
  await page.waitForURL((url) => url.pathname + url.search === hrefs[1]);
  const decisions = await decisionsOf(employerId);
  expect(decisions.map((d) => [d.action, d.rationale])).toEqual([["defer", "jkcdp waiting for the ABR update"]]);
});

it("shows an analyst the queue, evidence and history read-only, and ignores decision keys", async () => {
  const analystPage = await harness.newPage();
  await analystPage.goto(`${harness.server.url}/promotion-queue/${ids.pelican}`);
  await logIn(analystPage, harness.users.analyst);
  await panel(analystPage).getByRole("heading", { name: "PELICAN PAVING" }).waitFor();
  await panel(analystPage).getByRole("table", { name: "Sources of the candidate name" }).waitFor();
  await panel(analystPage).getByText("Read-only: stewards claim and decide.").waitFor();
  for (const name of ["Claim (c)", "Promote (p)", "Reject (r)", "Defer (d)"]) {
    expect(await analystPage.getByRole("button", { name }).count()).toBe(0);
  }
  await analystPage.keyboard.press("c");
  await analystPage.keyboard.press("p");
  await analystPage.keyboard.press("?");
  const help = analystPage.getByRole("dialog", { name: "Keyboard shortcuts" });
  await help.getByText("Next item in the queue").waitFor();
  expect(await help.getByText("Promote the candidate").count()).toBe(0);
  await analystPage.keyboard.press("Escape");
  expect(await decisionsOf(ids.pelican!)).toEqual([]);
  const { rows } = await harness.db.ownerPool.query(
    "select 1 from app_public.promotion_claims where employer_id = $1",
    [ids.pelican],
  );
  expect(rows).toEqual([]);

  await analystPage.goto(`${harness.server.url}/promotion-queue/${ids.hutchinson}`);
  await panel(analystPage)
    .getByRole("list", { name: /^Decisions about/ })
    .getByText("ABR name is stale")
    .waitFor();
  expect(await analystPage.getByRole("button", { name: /^Revert decision/ }).count()).toBe(0);
});

it("raised no uncaught errors in the page", () => {
  expect(harness.pageErrors).toEqual([]);
});

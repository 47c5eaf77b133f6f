// The analytics dashboard in Chromium against the real server, on a registry
// with known history (test/analytics/fixture.ts, days D1..D3): each chart's
// headline and table show the figures worked out by hand, the range lives in
// the URL, and each view's CSV export downloads with the caller's token.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { asRole } from "../helpers/db.ts";
import { logIn, startBrowserHarness, type BrowserHarness } from "./browser-harness.ts";
import { D1, D2, D3, loadAnalyticsFixture } from "../analytics/fixture.ts";
import { csv, importText, processBatch } from "../imports/import-helpers.ts";

let h: BrowserHarness;
let analyst: Page;

const range = `from=${D1}&to=${D3}`;

beforeAll(async () => {
  h = await startBrowserHarness();
  const fixture = await loadAnalyticsFixture(h.db);
  // One canonical decision by the steward and one imported row (pending), both moved to D3.
  await asRole(
    h.db,
    { role: "steward", userId: h.users.steward.id },
    (c) =>
      c.query(
        `select app_public.reject_promotion_candidate($1, a.id, 'a trading name only')
         from app_public.aliases a where a.employer_id = $1 and a.name = 'Acme Builders'`,
        [fixture.a],
      ),
    { commit: true },
  );
  await processBatch(h.db, (await importText(h.db, csv("Zulu Widgets,,,,,P1,Tower,builder,NSW,2000"))).batchId);
  const root = await h.db.rootPool.connect();
  try {
    await root.query("begin");
    await root.query("set local session_replication_role = replica");
    await root.query("update app_public.canonical_decisions set decided_at = $1", [`${D3}T11:00:00Z`]);
    await root.query("update app_public.import_rows set processed_at = $1", [`${D3}T12:00:00Z`]);
    await root.query("commit");
  } finally {
    root.release();
  }
  await h.db.ownerPool.query("select app_hidden.refresh_analytics_rollups(null, null, 'operator')");
  // The backlog snapshot is taken for the day of a refresh only: give D2 and D3 known figures.
  await h.db.rootPool.query(
    `insert into app_public.analytics_backlog_daily (day, promotion_items, pending_items, measured_at)
     values ($1, 4, 1, $1::date + time '23:00'), ($2, 5, 2, $2::date + time '23:00')
     on conflict (day) do update set promotion_items = excluded.promotion_items, pending_items = excluded.pending_items`,
    [D2, D3],
  );
  // The name-sharing snapshot likewise (the fixture's, as a refresh on D3 would have taken it).
  await h.db.rootPool.query(
    `update app_public.analytics_conflict_daily
     set shared_names = 2, common_names = 0, employers_sharing_names = 3, unexplained_pairs = 1 where day = $1`,
    [D3],
  );
  analyst = await h.newPage();
  await analyst.goto(`${h.server.url}/analytics?${range}`);
  await logIn(analyst, h.users.analyst);
}, 180_000);

afterAll(async () => {
  await h?.close();
});

const figure = (page: Page, title: string) => page.getByRole("figure", { name: title, exact: true });

async function tableRows(page: Page, title: string): Promise<string[][]> {
  const rows = figure(page, title).locator("table tbody tr");
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())),
  );
}

it("shows each view's headline figures from the known history, with a chart", async () => {
  const aliases = figure(analyst, "Aliases added per day");
  await aliases.getByText("6 aliases added in the range: bci 2, manual 4.").waitFor();
  expect(await aliases.locator(".recharts-surface").count()).toBeGreaterThan(0);
  expect(await aliases.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0);

  await figure(analyst, "Decisions per day by action").getByText("1 decision in the range: Reject 1.").waitFor();
  await figure(analyst, "Decisions per day by steward").getByText("1 decision in the range: test_steward 1.").waitFor();
  await figure(analyst, "Import outcomes per day").getByText("1 row imported in the range: Pending 1.").waitFor();
  await figure(analyst, "Promotion and pending backlogs")
    .getByText(`On ${D3}: 5 in the promotion queue, 2 pending employers open.`)
    .waitFor();
  const coverage = figure(analyst, "Coverage trend");
  await coverage.getByText(`On ${D3}: of 3 active employers, 100.0% have an alias and 66.7% an identifier`).waitFor();
  expect(await coverage.locator(".recharts-line").count()).toBe(3);
  const conflicts = figure(analyst, "Conflicts");
  await conflicts
    .getByText(
      `On ${D3}: 2 names shared by 3 active employers (0 of them common, held by more than 20); 1 pair that no ` +
        "distinction explains. In the range: 1 distinction recorded, 1 merge, 0 unmerges.",
    )
    .waitFor();
  expect(await conflicts.locator(".recharts-line").count()).toBe(3);
});

it("gives every chart a table of its figures by day", async () => {
  expect(await tableRows(analyst, "Aliases added per day")).toEqual([
    [D1, "0", "2"],
    [D2, "2", "0"],
    [D3, "0", "2"],
  ]);
  expect(await figure(analyst, "Aliases added per day").locator("thead th").allTextContents()).toEqual([
    "Day",
    "bci",
    "manual",
  ]);
  expect(await tableRows(analyst, "Coverage trend")).toEqual([
    [D1, "50.0%", "50.0%", "—"],
    [D2, "66.7%", "33.3%", "—"],
    // Feed names were first seen today (the occurrence counts keep their real day), so none on D3.
    [D3, "100.0%", "66.7%", "—"],
  ]);
  expect(await tableRows(analyst, "Promotion and pending backlogs")).toEqual([
    [D2, "4", "1"],
    [D3, "5", "2"],
  ]);
  // No snapshot before D3: no row, rather than zeros.
  expect(await tableRows(analyst, "Conflicts")).toEqual([[D3, "1", "2", "0"]]);
  expect(await tableRows(analyst, "Import outcomes per day")).toEqual([
    [D1, "0"],
    [D2, "0"],
    [D3, "1"],
  ]);
  // The table is one click away for sighted users too.
  await figure(analyst, "Aliases added per day").getByText("Show the figures").click();
  expect(await figure(analyst, "Aliases added per day").getByRole("table").isVisible()).toBe(true);
});

it("downloads a view's CSV export with the same range, sent with the analyst's token", async () => {
  const aliases = figure(analyst, "Aliases added per day");
  const request = analyst.waitForRequest((r) => r.url().includes("/exports/aliases-per-day.csv"));
  const download = analyst.waitForEvent("download");
  await aliases.getByRole("button", { name: "Export per day (CSV)" }).click();
  const sent = await request;
  expect(new URL(sent.url()).search).toBe(`?${range}`);
  expect(sent.headers()["authorization"]).toMatch(/^Bearer /);
  const file = await download;
  expect(file.suggestedFilename()).toBe(`aliases-per-day_${D1}_${D3}.csv`);
  const text = await readFile((await file.path())!, "utf8");
  const lines = text.trimEnd().split("\r\n");
  expect(lines[0]).toBe("day,source_system,kind,aliases_added,public_added");
  expect(lines).toContain(`${D1},manual,abbreviation,1,1`);
  expect(lines).toHaveLength(6);
});

it("downloads the backlog figures per day", async () => {
  const download = analyst.waitForEvent("download");
  await figure(analyst, "Promotion and pending backlogs").getByRole("button", { name: "Export per day (CSV)" }).click();
  const lines = (await readFile((await (await download).path())!, "utf8")).trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "day,promotion_items,promotion_oldest_queued_since,pending_items,pending_oldest_first_seen_at,measured_at",
  );
  expect(lines.slice(1).map((line) => line.split(",").slice(0, 4).join(","))).toEqual([`${D2},4,,1`, `${D3},5,,2`]);
});

it("keeps the range in the URL and explains a range it cannot show", async () => {
  await analyst.getByLabel("From").fill(D2);
  await analyst.getByRole("button", { name: "Show" }).click();
  await analyst.waitForURL(new RegExp(`\\?from=${D2}&to=${D3}$`));
  await figure(analyst, "Aliases added per day").getByText("4 aliases added in the range: bci 2, manual 2.").waitFor();

  await analyst.goto(`${h.server.url}/analytics?from=${D3}&to=${D1}`);
  await analyst.getByRole("alert").filter({ hasText: "The range must end on or after the day it starts." }).waitFor();
  expect(await analyst.getByRole("button", { name: "Refresh figures now" }).count()).toBe(0);
});

it("fits a narrow window", async () => {
  const narrow = await h.newPage({ width: 390, height: 844 });
  await narrow.goto(`${h.server.url}/analytics?${range}`);
  await logIn(narrow, h.users.analyst);
  await figure(narrow, "Aliases added per day").getByText("6 aliases added in the range: bci 2, manual 4.").waitFor();
  const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

it("lets an admin refresh the figures now", async () => {
  const admin = await h.newPage();
  await admin.goto(`${h.server.url}/analytics?${range}`);
  await logIn(admin, h.users.admin);
  await admin.getByRole("button", { name: "Refresh figures now" }).click();
  await admin.getByText("Refreshed.").waitFor();
  await admin.getByText(/\(admin refresh\)/).waitFor();
});

it("raised no uncaught errors in the page", () => {
  expect(h.pageErrors).toEqual([]);
});

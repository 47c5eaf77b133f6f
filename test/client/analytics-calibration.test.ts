// The analytics dashboard's calibration chart in Chromium against the real
// server: the auto band's precision on the stewards' decisions, one point per
// day (the day's last run), the headline from the latest run in the range, the
// table of figures, and the runs' CSV export with the same range.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { logIn, startBrowserHarness, type BrowserHarness } from "./browser-harness.ts";

let h: BrowserHarness;
let analyst: Page;
// D2 has no run: the table skips it, the lines break over it.
const [D1, D3] = ["2026-03-01", "2026-03-03"];
const range = `from=${D1}&to=${D3}`;
const title = "Auto precision on steward decisions";

beforeAll(async () => {
  h = await startBrowserHarness();
  // Runs as the worker and ops store them: D1 has two (the later one counts), D2 none, D3 one with a proposal.
  await h.db.ownerPool.query(
    `insert into app_public.match_calibration_runs
       (run_at, triggered_by, labels, judged, auto_answers, auto_right, auto_precision, fuzzy_auto_answers,
        fuzzy_auto_right, fuzzy_auto_precision, target_precision, target_fuzzy_precision, learned_names,
        learned_names_reversed, observed_auto_precision, is_enough_evidence, thresholds, figures, proposals)
     values
       ($1::date + time '02:47', 'cron', 150, 120, 100, 90, 0.9, 20, 15, 0.75, 0.995, 0.99, 40, 4, 0.9, true, '{}', '{}', '[]'),
       ($1::date + time '09:30', 'ops', 150, 120, 100, 98, 0.98, 20, 19, 0.95, 0.995, 0.99, 40, 2, 0.95, true, '{}', '{}', '[]'),
       ($2::date + time '02:47', 'cron', 160, 130, 200, 199, 0.995, 50, 50, 1, 0.995, 0.99, 50, 1, 0.98, true, '{}', '{}',
        '[{"key": "auto_min_score", "from": 0.94, "to": 0.92}]'),
       ($3::date + time '02:47', 'cron', 1, 1, 1, 1, 1, 1, 1, 1, 0.995, 0.99, 0, 0, null, false, '{}', '{}', '[]')`,
    [D1, D3, "2026-03-05"],
  );
  analyst = await h.newPage();
  await analyst.goto(`${h.server.url}/analytics?${range}`);
  await logIn(analyst, h.users.analyst);
}, 180_000);

afterAll(async () => {
  await h?.close();
});

const figure = (page: Page) => page.getByRole("figure", { name: title, exact: true });

it("draws the precision lines and says what the latest run in the range found", async () => {
  await figure(analyst)
    .getByText(
      `Run of ${D3}: auto precision 99.50% (199 of 200 right) on 160 steward decisions (130 judged), target 99.50%; ` +
        "1 of 50 learned names retired by a steward; 1 threshold proposed (npm run ops -- calibrate).",
    )
    .waitFor();
  expect(await figure(analyst).locator(".recharts-line").count()).toBe(4);
  // The value axis ends at 100% and starts in whole percents just under the lowest figure (95.00%): every label
  // is a percentage the axis has room for, none above 100%.
  // (Recharts draws the labels in a layer of their own.)
  const tickLabels = figure(analyst).locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await tickLabels.first().waitFor();
  const ticks = await tickLabels.allTextContents();
  expect(ticks.at(0)).toBe("94%");
  expect(ticks.at(-1)).toBe("100%");
  for (const tick of ticks) expect(Number.parseFloat(tick)).toBeLessThanOrEqual(100);
});

it("lists one row per day with runs, the day's last run counting", async () => {
  const rows = await figure(analyst)
    .locator("table tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())),
    );
  expect(rows).toEqual([
    [D1, "98.00%", "95.00%", "95.00%", "99.50%"],
    [D3, "99.50%", "100.00%", "98.00%", "99.50%"],
  ]);
});

it("downloads the runs of the range as CSV with the analyst's token", async () => {
  const download = analyst.waitForEvent("download");
  await figure(analyst).getByRole("button", { name: "Export runs (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`calibration-runs_${D1}_${D3}.csv`);
  const lines = (await readFile((await file.path())!, "utf8")).trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^run_id,run_at,triggered_by,labels,judged,auto_answers,auto_right,auto_precision,/);
  expect(lines.slice(1).map((line) => line.split(",").slice(1, 8).join(","))).toEqual([
    `${D1}T02:47:00.000Z,cron,150,120,100,90,0.9`,
    `${D1}T09:30:00.000Z,ops,150,120,100,98,0.98`,
    `${D3}T02:47:00.000Z,cron,160,130,200,199,0.995`,
  ]);
});

it("says so when the range has no run", async () => {
  await analyst.goto(`${h.server.url}/analytics?from=2026-02-01&to=2026-02-10`);
  await figure(analyst).getByText("Nothing in this range.").waitFor();
});

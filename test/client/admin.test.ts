// The admin screens in the built client against the real server: an API token
// shown exactly once (and working), its usage by day, a feature switch turned off with a reason
// (and the steward's search refused in words), and a steward kept out.
import type { Page } from "playwright-core";
import { logIn, startBrowserHarness, type BrowserHarness } from "./browser-harness.ts";

let harness: BrowserHarness;
let page: Page;

beforeAll(async () => {
  harness = await startBrowserHarness();
  page = await harness.newPage();
  await page.goto(`${harness.server.url}/admin`);
  await logIn(page, harness.users.admin);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

it("issues an API token whose secret is shown once and works against the API", async () => {
  await page.getByRole("heading", { name: "Users" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/admin/users");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "API tokens" }).click();
  await page.getByLabel("Who it is for").fill("Partner X");
  await page.getByRole("button", { name: "Issue token" }).click();

  const secretBox = page.getByRole("region", { name: "New token for Partner X" });
  await secretBox.waitFor();
  const secret = await secretBox.getByLabel("Token").inputValue();
  expect(secret).toMatch(/^ear_[0-9a-f]{48}$/);
  const row = page.getByRole("row").filter({ hasText: "Partner X" });
  await row.waitFor();
  // The table shows only the stored prefix, which the secret starts with.
  const prefix = (await row.getByRole("cell").nth(2).textContent())!.replace(/…$/, "");
  expect(prefix.length).toBeGreaterThan(4);
  expect(prefix.length).toBeLessThan(secret.length);
  expect(secret.startsWith(prefix)).toBe(true);

  const asPartner = await harness.server.gql<{ featureEnabled: boolean }>(
    '{ featureEnabled(key: "alias_search") }',
    {},
    secret,
  );
  expect(asPartner.status).toBe(200);
  expect(asPartner.body).toEqual({ data: { featureEnabled: true } });

  await secretBox.getByRole("button", { name: "I have copied it" }).click();
  await secretBox.waitFor({ state: "detached" });
  await page.reload();
  await page.getByRole("row").filter({ hasText: "Partner X" }).waitFor();
  expect(await page.content()).not.toContain(secret);
});

it("shows each token's usage by day: requests, searches, refusals and the daily quota used", async () => {
  // What the rate limiter writes as the token is used (the counting itself is tested in test/hostile/token-usage).
  await harness.db.ownerPool.query(
    `with u as (select (now() at time zone 'utc')::date as today)
     insert into app_public.api_token_usage_daily (token_id, day, requests, searches, refused, quota_used, quota)
     select t.id, u.today - d.ago, d.requests, d.searches, d.refused, d.quota_used, 50000
     from app_public.api_tokens t, u,
          (values (0, 1234, 3000, 17, 3100), (1, 8, 2, 0, 8)) as d (ago, requests, searches, refused, quota_used)
     where t.name = 'Partner X'`,
  );
  await page.reload();
  const usage = page.getByRole("table", { name: "Usage by day" });
  await usage.waitFor();
  const rows = usage.getByRole("row").filter({ hasText: "Partner X" });
  await expect(rows.count()).resolves.toBe(2);
  const cells = async (n: number) => (await rows.nth(n).getByRole("cell").allTextContents()).slice(2);
  // Newest first, with thousands separated.
  expect(await cells(0)).toEqual(["1,234", "3,000", "17", "3,100 of 50,000"]);
  expect(await cells(1)).toEqual(["8", "2", "0", "8 of 50,000"]);
});

it("revokes a token after a confirmation", async () => {
  const row = page.getByRole("row").filter({ hasText: "Partner X" });
  await row.getByRole("button", { name: "Revoke Partner X" }).click();
  await page.getByRole("dialog", { name: "Revoke API token" }).getByRole("button", { name: "Revoke token" }).click();
  await row.getByText("revoked").waitFor();
});

it("switches a feature off with a reason, and a steward's search is refused in words until it is back on", async () => {
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Feature switches" }).click();
  await page.getByRole("button", { name: "Switch off alias_search…" }).click();
  const dialog = page.getByRole("dialog", { name: "Switch feature off" });
  await dialog.getByLabel("Reason (kept in the audit trail)").fill("Reindexing tonight");
  await dialog.getByRole("button", { name: "Switch off" }).click();
  await page.getByRole("status").filter({ hasText: "alias_search switched off." }).waitFor();
  const row = page.getByRole("row").filter({ hasText: "alias_search" });
  await row.getByText("“Reindexing tonight”").waitFor();
  await row.getByText("off", { exact: true }).waitFor();

  const steward = await harness.newPage();
  await steward.goto(`${harness.server.url}/search?q=anything`);
  await logIn(steward, harness.users.steward);
  const refusal = steward.getByRole("alert");
  await refusal.waitFor();
  expect(await refusal.getAttribute("data-code")).toBe("FEATURE_DISABLED");
  expect(await refusal.locator("strong").textContent()).toBe("Switched off");

  await page.getByRole("button", { name: "Switch on alias_search…" }).click();
  const onDialog = page.getByRole("dialog", { name: "Switch feature on" });
  await onDialog.getByLabel("Reason (kept in the audit trail)").fill("Reindex done");
  await onDialog.getByRole("button", { name: "Switch on" }).click();
  await row.getByText("“Reindex done”").waitFor();
  await steward.reload();
  await steward
    .getByText(/No employer matches|Employers matching/)
    .first()
    .waitFor();
  expect(await steward.getByRole("alert").filter({ hasText: "Switched off" }).count()).toBe(0);

  // A steward has no Admin entry, and the admin screens say so rather than fail.
  const nav = steward.getByRole("navigation", { name: "Sections" });
  expect(await nav.getByRole("link", { name: "Admin" }).count()).toBe(0);
  await steward.goto(`${harness.server.url}/admin/api-tokens`);
  await steward.getByRole("heading", { name: "Not allowed" }).waitFor();
  expect(await steward.getByLabel("Who it is for").count()).toBe(0);
});

it("raised no uncaught errors in the pages", () => {
  expect(harness.pageErrors).toEqual([]);
});

// The built steward client in Chromium against the real server:
// logging in and out, the session surviving a reload, and GraphiQL reusing it.
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { buildClientIfStale } from "./build-client.ts";

const SESSION_KEY = "ear.session";

let db: TestDatabase;
let users: TestUsers;
let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  // Before the server starts: it serves the client only if client/dist/index.html exists.
  await buildClientIfStale();
  db = await createTestDatabase();
  users = await createUsers(db);
  server = await startTestServer(db, { serveClient: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 720 } });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.drop();
});

async function logIn(username: string, password: string): Promise<void> {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

const storedSession = () => page.evaluate((key) => window.localStorage.getItem(key), SESSION_KEY);
const logOutButton = () => page.getByRole("button", { name: "Log out" });

it("shows the server's message and stays on the login screen for a wrong password", async () => {
  await page.goto(server.url + "/");
  // Hold the answer back long enough to see the form disabled while it waits.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/graphql", async (route) => {
    await held;
    await route.continue();
  });
  await logIn(users.steward.username, "not-the-password");
  const waiting = page.getByRole("button", { name: "Logging in…" });
  await waiting.waitFor();
  expect(await waiting.isDisabled()).toBe(true);
  expect(await page.getByLabel("Password").isDisabled()).toBe(true);
  release();

  await page.getByRole("alert").filter({ hasText: "Wrong username or password" }).waitFor();
  await page.unroute("**/graphql");
  expect(await page.getByRole("button", { name: "Log in" }).isEnabled()).toBe(true);
  expect(await page.getByLabel("Password").isVisible()).toBe(true);
  expect(await logOutButton().count()).toBe(0);
  expect(await storedSession()).toBeNull();
});

it("shows the shell with the display name and role after logging in", async () => {
  await logIn(users.steward.username, users.steward.password);
  await page.getByText("Test test_steward").waitFor();
  expect(await page.locator(".role-badge").textContent()).toBe("steward");
  const nav = page.getByRole("navigation", { name: "Sections" });
  for (const title of [
    "Search",
    "Register employer",
    "Promotion queue",
    "Pending employers",
    "Imports",
    "Analytics",
    "GraphiQL",
  ]) {
    expect(await nav.getByRole("link", { name: title, exact: true }).count()).toBe(1);
  }
  // Every section is a real screen: none is labelled as still to come.
  expect(await nav.getByRole("link", { name: /\(issue \d+\)/ }).count()).toBe(0);
  expect(await nav.getByRole("link", { name: "Admin" }).count()).toBe(0);
  await nav.getByRole("link", { name: /^Imports/ }).click();
  await page.getByRole("heading", { name: "Imports" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/imports");
  await page.getByRole("heading", { name: "Upload a BCI file" }).waitFor();
  await page.screenshot({ path: "/tmp/shell.png" });

  const session = JSON.parse((await storedSession()) ?? "null") as Record<string, unknown>;
  expect(session).toEqual({
    token: expect.any(String),
    expiresAt: expect.any(String),
    username: users.steward.username,
    role: "steward",
  });
  expect(Date.parse(session.expiresAt as string)).toBeGreaterThan(Date.now());
});

it("keeps the session across a reload", async () => {
  await page.reload();
  await page.getByText("Test test_steward").waitFor();
  await page.getByRole("heading", { name: "Imports" }).waitFor();
  expect(await page.getByLabel("Password").count()).toBe(0);
});

it("lets GraphiQL reuse the session: the banner names the user and queries run as them", async () => {
  await page.goto(server.url + "/graphiql");
  const banner = page.locator("#ear-session-banner");
  await banner.filter({ hasText: "Signed in as" }).waitFor();
  expect(await banner.textContent()).toBe("Signed in as test_steward (steward)");
  const token = (JSON.parse((await storedSession()) ?? "null") as { token: string }).token;
  expect(JSON.parse((await page.evaluate("RURU_CONFIG.initialHeaders")) as string)).toEqual({
    Authorization: `Bearer ${token}`,
  });

  // Replace the editor's content and run it with GraphiQL's own button.
  const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText("{ currentUser { username } }");
  const answer = page.waitForResponse(
    (response) => response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes("currentUser"),
  );
  await page.getByRole("button", { name: /^Execute query/ }).click();
  const response = await answer;
  expect(response.request().headers()["authorization"]).toBe(`Bearer ${token}`);
  expect(await response.json()).toEqual({ data: { currentUser: { username: users.steward.username } } });
  await page.locator(".graphiql-response").getByText('"test_steward"').waitFor();
});

it("returns to the login screen on Log out and forgets the session", async () => {
  await page.goto(server.url + "/search");
  await logOutButton().click();
  await page.getByLabel("Username").waitFor();
  expect(await storedSession()).toBeNull();
  await page.reload();
  await page.getByLabel("Username").waitFor();
});

it("returns to the login screen when the server refuses the stored token (HTTP 401)", async () => {
  // Well-formed and unexpired as far as the client can tell, but not signed by the server.
  const claims = {
    sub: users.analyst.id,
    role: "analyst",
    username: users.analyst.username,
    exp: Math.floor(Date.now() / 1000) + 3600,
  };
  const forged = ["e30", Buffer.from(JSON.stringify(claims)).toString("base64url"), "c2lnbmF0dXJl"].join(".");
  await page.evaluate(
    ([key, value]) => window.localStorage.setItem(key!, value!),
    [
      SESSION_KEY,
      JSON.stringify({
        token: forged,
        expiresAt: new Date(claims.exp * 1000).toISOString(),
        username: claims.username,
        role: claims.role,
      }),
    ],
  );
  const refused = page.waitForResponse((response) => response.url().endsWith("/graphql") && response.status() === 401);
  await page.reload();
  await refused;
  await page.getByLabel("Username").waitFor();
  expect(await storedSession()).toBeNull();
});

it("raised no uncaught errors in the page", () => {
  expect(pageErrors).toEqual([]);
});

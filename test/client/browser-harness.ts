// What every browser test needs: the built client served by the real server
// on its own database, a Chromium (../helpers/chromium.ts), and a way to log in through the form.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUser, type TestUsers } from "../helpers/users.ts";
import { buildClientIfStale } from "./build-client.ts";

export interface BrowserHarness {
  db: TestDatabase;
  users: TestUsers;
  server: TestServer;
  browser: Browser;
  /** A fresh context (its own localStorage, so its own session) and page; page errors are collected. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Uncaught errors thrown in any page. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function startBrowserHarness(): Promise<BrowserHarness> {
  // Before the server starts: it serves the client only if client/dist/index.html exists.
  await buildClientIfStale();
  const db = await createTestDatabase();
  const users = await createUsers(db);
  const server = await startTestServer(db, { serveClient: true });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  return {
    db,
    users,
    server,
    browser,
    pageErrors,
    async newPage(viewport = { width: 1280, height: 800 }) {
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(String(error)));
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await server.close();
      await db.drop();
    },
  };
}

/** Fills the login form (the page must show it) and waits for the shell. */
export async function logIn(page: Page, user: TestUser): Promise<void> {
  await page.getByLabel("Username").fill(user.username);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("button", { name: "Log out" }).waitFor();
}

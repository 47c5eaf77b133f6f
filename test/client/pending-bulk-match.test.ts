// "Match to best candidates" in the built client: nothing changes until the
// steward has seen a confirmation listing each ticked item, its candidate,
// score and band; a candidate below the review band is left out of the bulk
// match (and refused by the database if sent anyway).
import type { Page } from "playwright-core";
import { csv, importText, processBatch } from "../imports/import-helpers.ts";
import { logIn, startBrowserHarness, type BrowserHarness } from "./browser-harness.ts";

let harness: BrowserHarness;
let page: Page;
const employer: Record<string, string> = {};

beforeAll(async () => {
  harness = await startBrowserHarness();
  for (const name of ["Quenda Plumbing Services Pty Ltd", "Numbat Earthmoving Pty Ltd"]) {
    employer[name] = (
      await harness.db.ownerPool.query<{ id: string }>("select (app_public.register_employer($1)).id::text as id", [
        name,
      ])
    ).rows[0]!.id;
  }
  await harness.db.ownerPool.query("select app_hidden.refresh_search_stats()");
  const received = await importText(
    harness.db,
    csv("Quenda Plumbng,,,,,P1,Pipes,subcontractor,WA,6000", "Numbat Plumbing,,,,,P2,Road,subcontractor,WA,6000"),
  );
  await processBatch(harness.db, received.batchId);
  page = await harness.newPage();
  await page.goto(`${harness.server.url}/pending-employers`);
  await logIn(page, harness.users.steward);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

const statuses = async () =>
  (await harness.db.ownerPool.query("select name, status::text from app_public.pending_employers order by name")).rows;

it("lists each item's candidate, score and band before matching, and matches only review or better", async () => {
  const before = await statuses();
  expect(before).toEqual([
    { name: "Numbat Plumbing", status: "open" },
    { name: "Quenda Plumbng", status: "open" },
  ]);
  await page.getByRole("checkbox", { name: "Tick every item shown" }).check();
  await page.getByRole("button", { name: "Match to best candidates" }).click();
  const dialog = page.getByRole("dialog", { name: /Match \d items? to these employers\?/ });
  await dialog.waitFor();
  const quenda = dialog.getByRole("row", { name: /Quenda Plumbng/ });
  await expect(quenda.getByRole("cell").nth(1).textContent()).resolves.toBe("Quenda Plumbing Services Pty Ltd");
  expect(await quenda.getByRole("cell").nth(2).textContent()).toMatch(/^0\.\d+|^1/);
  expect(await quenda.getByRole("cell").nth(3).textContent()).toMatch(/^(review|auto)$/);
  expect(await quenda.getByRole("cell").nth(4).textContent()).toBe("yes");
  const numbat = dialog.getByRole("row", { name: /Numbat Plumbing/ });
  expect(await numbat.getByRole("cell").nth(3).textContent()).toBe("new");
  expect(await numbat.getByRole("cell").nth(4).textContent()).toMatch(/^no: below the review band/);
  // Shown, not done.
  expect(await statuses()).toEqual(before);

  await dialog.getByRole("button", { name: "Match 1" }).click();
  await page.getByText("Matched 1 item to their best candidates.").waitFor();
  expect(await statuses()).toEqual([
    { name: "Numbat Plumbing", status: "open" },
    { name: "Quenda Plumbng", status: "matched" },
  ]);
});

it("changes nothing when the steward cancels", async () => {
  // The matched item has left the list (not only once the refreshed list arrives).
  await page.getByRole("row", { name: /Quenda Plumbng/ }).waitFor({ state: "detached" });
  await page.getByRole("checkbox", { name: "Tick every item shown" }).check();
  await page.getByRole("button", { name: "Match to best candidates" }).click();
  const dialog = page.getByRole("dialog", { name: /Match 0 items to these employers\?/ });
  await dialog.waitFor();
  expect(await dialog.getByRole("button", { name: "Match 0" }).isDisabled()).toBe(true);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.waitFor({ state: "detached" });
  expect((await statuses()).find((s) => s.name === "Numbat Plumbing")!.status).toBe("open");
});

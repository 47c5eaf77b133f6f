// The imports screen in Chromium against the real server, with a real worker
// processing the batches: a steward uploads a small BCI file, watches it reach
// "done" and reads each row's outcome; refused files are explained in words;
// the same file again links to its batch; an analyst follows batches read-only.
import type { Page } from "playwright-core";
import { pino } from "pino";
import { startWorker, type RunningWorker } from "../../server/src/worker/runner.ts";
import { logIn, startBrowserHarness, type BrowserHarness } from "./browser-harness.ts";
import { ABN_ACME, ACN_NORTHSIDE, csv, seedRegistry } from "../imports/import-helpers.ts";

let h: BrowserHarness;
let worker: RunningWorker;
let steward: Page;

// Line numbers are the file's: the header is line 1.
const goodFile = csv(
  `Something Else Entirely,,${ABN_ACME},,,P1,Tower,builder,NSW,2000`, // 2 matched by identifier
  "Bluegum Civil Engineering Pty Ltd,,,,,P2,Road,builder,VIC,3000", // 3 matched by name
  "Zephyrine Tiling Pty Ltd,,,,,P3,Pool,subcontractor,QLD,4000", // 4 pending
  ",,,,,P4,Nothing,builder,NSW,2000", // 5 error: empty name
  '"=HYPERLINK(""http://x"")",,,,,P5,Evil,builder,NSW,2000', // 6 error: formula
  `Northside Scaffolding Services,,,${ACN_NORTHSIDE},,P6,Deck,subcontractor,WA,6000`, // 7 matched by identifier
);

const filePayload = (name: string, text: string | Buffer) => ({
  name,
  mimeType: "text/csv",
  buffer: typeof text === "string" ? Buffer.from(text) : text,
});

beforeAll(async () => {
  h = await startBrowserHarness();
  await seedRegistry(h.db);
  worker = await startWorker({
    connectionString: h.db.ownerUrl,
    logger: pino({ level: "silent" }),
    chunkRows: 2,
    crontab: "",
    pollInterval: 200,
  });
  steward = await h.newPage();
  await steward.goto(h.server.url + "/imports");
  await logIn(steward, h.users.steward);
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await h?.close();
});

let batchId: string;

it("uploads a file with a progress bar, then follows the batch until every row has an outcome", async () => {
  await steward.getByRole("heading", { name: "Imports", exact: true }).waitFor();
  await steward.getByLabel("BCI export (CSV)").setInputFiles(filePayload("small-bci.csv", goodFile));
  // Record every value the upload's progress bar shows (it is gone once the batch opens).
  await steward.evaluate(() => {
    const seen: Array<[number, number]> = [];
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>(".upload-panel progress");
      if (bar) seen.push([bar.value, bar.max]);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  // Hold the server's answer a moment to see the form while it is sending.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await steward.route("**/imports?*", async (route) => {
    await held;
    await route.continue();
  });
  const answered = steward.waitForResponse((response) => new URL(response.url()).pathname === "/imports");
  try {
    await steward.getByRole("button", { name: "Upload", exact: true }).click();
    await steward.getByLabel("Sending the file").waitFor();
    expect(await steward.getByRole("button", { name: "Uploading…" }).isDisabled()).toBe(true);
    expect(await steward.getByLabel("BCI export (CSV)").isDisabled()).toBe(true);
  } finally {
    release();
  }
  expect((await answered).status()).toBe(202);
  await steward.unroute("**/imports?*");

  await steward.waitForURL(/\/imports\/\d+$/);
  batchId = new URL(steward.url()).pathname.split("/").pop()!;
  await steward.getByRole("heading", { name: `Import batch #${batchId}` }).waitFor();
  await steward.locator(".badge", { hasText: "Done" }).waitFor({ timeout: 60_000 });
  await steward.getByText("6 of 6 rows (100%)").waitFor();
  const seen = await steward.evaluate(
    () => (window as unknown as { progressSeen: Array<[number, number]> }).progressSeen,
  );
  const size = Buffer.byteLength(goodFile);
  // The bar counted the file's bytes (how many renders it got before the batch opened is up to the browser).
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every(([value, max]) => max === size && value <= size)).toBe(true);
  const bar = steward.getByLabel("Rows processed");
  expect(await bar.getAttribute("value")).toBe("6");
  expect(await bar.getAttribute("max")).toBe("6");

  const counts = steward.getByRole("table", { name: "Rows by outcome" });
  const countOf = async (label: string) =>
    (
      await counts
        .getByRole("row", { name: new RegExp(`^${label}`) })
        .locator("td")
        .textContent()
    )?.trim();
  expect(await countOf("Matched by identifier")).toBe("2");
  expect(await countOf("Matched by name")).toBe("1");
  expect(await countOf("Pending")).toBe("1");
  expect(await countOf("Error")).toBe("2");
  expect(await steward.getByText(`uploaded by Test test_steward`).count()).toBe(1);
});

it("lists every row with its line, outcome and reason, and filters them by outcome in the URL", async () => {
  const rows = steward.getByRole("table", { name: /^Rows 1 to 6 of 6/ });
  await rows.waitFor();
  const lineRow = (line: number) =>
    rows.locator("tbody tr").filter({ has: steward.locator(`td:first-child:text-is("${line}")`) });
  expect(await lineRow(2).textContent()).toContain("Matched by identifier");
  expect(await lineRow(2).getByRole("link", { name: "Acme Constructions Pty Ltd" }).count()).toBe(1);
  expect(await lineRow(4).textContent()).toContain("Pending");
  expect(await lineRow(5).textContent()).toContain("company_name is empty");
  expect(await lineRow(6).textContent()).toContain("spreadsheet formula");

  await steward.getByLabel("Outcome").selectOption("error");
  await steward.waitForURL(/\?outcome=error$/);
  const errors = steward.getByRole("table", { name: /^Rows 1 to 2 of 2 with the outcome Error/ });
  await errors.waitFor();
  expect(await errors.locator("tbody tr td:first-child").allTextContents()).toEqual(["5", "6"]);

  // The link survives a reload: the filter lives in the URL.
  await steward.reload();
  await steward.getByRole("table", { name: /^Rows 1 to 2 of 2 with the outcome Error/ }).waitFor();
});

it("explains a file without a company name column, and stores nothing", async () => {
  await steward.goto(h.server.url + "/imports");
  await steward
    .getByLabel("BCI export (CSV)")
    .setInputFiles(filePayload("no-name.csv", "abn,project_id\n51824753556,P1\n"));
  await steward.getByRole("button", { name: "Upload", exact: true }).click();
  const alert = steward.getByRole("alert").filter({ hasText: "A required column is missing" });
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/company_name/i);
  expect(await alert.textContent()).toContain("Nothing from no-name.csv was stored");
  expect(new URL(steward.url()).pathname).toBe("/imports");
  const { rows } = await h.db.ownerPool.query("select count(*)::int as n from app_public.import_batches");
  expect(rows[0].n).toBe(1);
});

it("explains a file in an unsupported encoding, dropped onto the page", async () => {
  await steward.goto(h.server.url + "/imports");
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("company_name\nAcme\n", "utf16le")]);
  // Drag and drop: a DataTransfer carrying the file, dropped on the drop zone.
  await steward.getByTestId("drop-zone").waitFor();
  await steward.evaluate(
    (bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], "utf16.csv", { type: "text/csv" }));
      const zone = document.querySelector('[data-testid="drop-zone"]')!;
      zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [...utf16],
  );
  await steward.getByText("utf16.csv").waitFor();
  await steward.getByRole("button", { name: "Upload", exact: true }).click();
  await steward.getByRole("alert").filter({ hasText: "The file's encoding is not supported" }).waitFor();
});

it("links an upload of the same file to the batch it already made", async () => {
  await steward.goto(h.server.url + "/imports");
  await steward.getByLabel("BCI export (CSV)").setInputFiles(filePayload("again.csv", goodFile));
  await steward.getByRole("button", { name: "Upload", exact: true }).click();
  const notice = steward.getByRole("status").filter({ hasText: "Already imported" });
  await notice.waitFor();
  const sent = steward.getByLabel("File sent");
  expect(await sent.getAttribute("value")).toBe(String(Buffer.byteLength(goodFile)));
  expect(await sent.getAttribute("max")).toBe(String(Buffer.byteLength(goodFile)));
  await notice.getByRole("link", { name: `Open batch #${batchId}` }).click();
  await steward.waitForURL(new RegExp(`/imports/${batchId}$`));
});

it("lists recent batches with their state and uploader", async () => {
  await steward.goto(h.server.url + "/imports");
  const table = steward.getByRole("table", { name: "Recent import batches, newest first" });
  await table.waitFor();
  const row = table.locator("tbody tr").filter({ hasText: `#${batchId}` });
  expect(await row.textContent()).toContain("small-bci.csv");
  expect(await row.textContent()).toContain("Done");
  expect(await row.textContent()).toContain("test_steward");
});

it("lets an analyst follow batches but offers no upload", async () => {
  const analyst = await h.newPage();
  await analyst.goto(h.server.url + "/imports");
  await logIn(analyst, h.users.analyst);
  await analyst.getByText("Uploading files needs the steward role.").waitFor();
  expect(await analyst.getByLabel("BCI export (CSV)").count()).toBe(0);
  await analyst.getByRole("link", { name: `#${batchId}` }).click();
  await analyst.getByText("6 of 6 rows (100%)").waitFor();
  // The server refuses the upload anyway (the screen only hides what the role cannot use).
  const status = await analyst.evaluate(async () => {
    const token = (JSON.parse(localStorage.getItem("ear.session")!) as { token: string }).token;
    const response = await fetch("/imports?source=bci", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/csv" },
      body: "company_name\nAcme\n",
    });
    return response.status;
  });
  expect(status).toBe(403);
});

it("works on a narrow window", async () => {
  const narrow = await h.newPage({ width: 390, height: 844 });
  await narrow.goto(h.server.url + `/imports/${batchId}`);
  await logIn(narrow, h.users.steward);
  await narrow.getByText("6 of 6 rows (100%)").waitFor();
  const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

it("raised no uncaught errors in the page", () => {
  expect(h.pageErrors).toEqual([]);
});

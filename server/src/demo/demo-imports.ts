// The demo's one feed import: data/demo/bci-sample.csv, received through the
// same pipeline as `npm run import` and matched at once, so a first `npm start`
// already shows pending employers with candidates and feed counts in the
// promotion queue. A second start adds nothing: the file's hash marks it as
// already uploaded. Needs the job queue's schema (the upload queues its job,
// which later finds the batch done).
import { createReadStream } from "node:fs";
import { join } from "node:path";
import type { Pool } from "pg";
import { defaultImportLimits } from "../config/env.ts";
import { receiveImport } from "../imports/staging-copy.ts";
import { demoDataDir } from "../paths.ts";

const DEMO_FILE = "bci-sample.csv";

export async function loadDemoImports(ownerPool: Pool): Promise<number> {
  const client = await ownerPool.connect();
  let batchId: string;
  try {
    await client.query("begin");
    const received = await receiveImport(client, createReadStream(join(demoDataDir, DEMO_FILE)), {
      sourceSystem: "bci",
      fileName: DEMO_FILE,
      limits: defaultImportLimits,
    });
    if (received.duplicate) {
      await client.query("rollback");
      return 0;
    }
    await client.query("commit");
    batchId = received.batchId;
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
  // Chunk by chunk, as the worker task does; 200 rows take well under a second.
  for (;;) {
    const { rows } = await ownerPool.query<{ n: number }>("select app_hidden.process_import_chunk($1, 500) as n", [
      batchId,
    ]);
    if (rows[0]!.n === 0) return 1;
  }
}

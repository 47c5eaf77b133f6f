// GET /exports/<name>.csv: streams an export straight from PostgreSQL through
// a cursor, a batch at a time, waiting for the client to take each batch
// before fetching the next, so memory stays flat however large the export.
// The query runs as the caller (http/as-caller.ts: the same settings as
// PostGraphile), so grants and row-level security decide what is exported;
// errors before the first byte get a JSON answer with a code (http-errors.ts).
import { once } from "node:events";
import express, { type Request, type Response } from "express";
import type { Logger } from "pino";
import type { AsCaller } from "../http/as-caller.ts";
import { HttpError, sendError, sendRouteError, sendUnauthenticated } from "../http/http-errors.ts";
import { csvLine } from "./csv.ts";
import { exportDefinitions, exportQuery, findExport, type ExportDefinition } from "./export-definitions.ts";
import { ExportFilterError, parseExportFilters } from "./export-filters.ts";

export interface ExportRouteDeps {
  asCaller: AsCaller;
  logger: Logger;
  /** Rows per FETCH (and per write to the socket). */
  batchSize?: number | undefined;
}

const NAME = /^([a-z0-9-]{1,60})\.csv$/;
/** Rows of the first fetch, which the first byte waits for; later fetches take batchSize rows. */
const FIRST_BATCH_ROWS = 100;

export function makeExportRouter(deps: ExportRouteDeps): express.Router {
  const router = express.Router();
  const batchSize = deps.batchSize ?? 1000;

  router.get("/", (_req, res) => {
    res.json({
      exports: exportDefinitions.map((d) => ({
        name: d.name,
        url: `/exports/${d.name}.csv`,
        description: d.description,
        filters: d.sourceSystemColumn ? ["from", "to", "source_system"] : ["from", "to"],
      })),
    });
  });

  router.get("/:file", async (req: Request, res: Response) => {
    const match = NAME.exec(String(req.params.file));
    const definition = match ? findExport(match[1]!) : undefined;
    if (!definition) {
      sendError(
        res,
        404,
        "UNKNOWN_EXPORT",
        `No export "${String(req.params.file)}": the exports are ${exportDefinitions.map((d) => `${d.name}.csv`).join(", ")}`,
      );
      return;
    }
    const identity = req.identity;
    if (!identity || identity.role === "anonymous") {
      sendUnauthenticated(res, "Exports need a login or API token (Authorization: Bearer …)");
      return;
    }
    let filters;
    try {
      filters = parseExportFilters(definition, req.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof ExportFilterError) return sendError(res, 400, error.code, error.message);
      throw error;
    }
    await streamExport(deps, batchSize, definition, filters, req, res);
  });
  return router;
}

async function streamExport(
  deps: ExportRouteDeps,
  batchSize: number,
  definition: ExportDefinition,
  filters: ReturnType<typeof parseExportFilters>,
  req: Request,
  res: Response,
): Promise<void> {
  const log = req.log ?? deps.logger;
  let closed = false;
  res.on("close", () => {
    closed = true;
  });
  try {
    await deps.asCaller(req.identity!, async ({ client }) => {
      // Plans that start returning rows at once (index order, no sort of the
      // whole range): the first byte comes quickly and the database does not
      // hold the export either.
      await client.query("select set_config('cursor_tuple_fraction', '0.01', true)");
      await client.query("select app_hidden.assert_feature_enabled('analytics')");
      if (filters.sourceSystem !== null) {
        const known = await client.query("select 1 from app_public.source_systems where key = $1", [
          filters.sourceSystem,
        ]);
        if (known.rowCount === 0) {
          throw new HttpError(400, "UNKNOWN_SOURCE_SYSTEM", `Unknown source system "${filters.sourceSystem}"`);
        }
      }
      const { sql, values } = exportQuery(definition, filters);
      await client.query(`declare export_rows no scroll cursor for ${sql}`, values);
      const fetch = (rows: number) =>
        client.query<unknown[]>({ text: `fetch ${rows} from export_rows`, rowMode: "array" });
      // The first batch is fetched before any header is sent, so that a refusal
      // (permission, feature switched off) still gets a proper status. It is a
      // small one: the first byte waits for it (bench:analytics), the rest streams.
      let asked = Math.min(FIRST_BATCH_ROWS, batchSize);
      let batch = await fetch(asked);
      const stamp = [filters.from ?? "start", filters.to ?? "today"].join("-to-");
      res.status(200).set({
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${definition.name}-${stamp}.csv"`,
        "Cache-Control": "no-store",
      });
      let chunk = csvLine(definition.columns.map((column) => column.header));
      for (;;) {
        for (const row of batch.rows) chunk += csvLine(row);
        if (closed) return;
        if (!res.write(chunk)) await Promise.race([once(res, "drain"), once(res, "close")]);
        chunk = "";
        if (closed || batch.rows.length < asked) break;
        asked = batchSize;
        batch = await fetch(asked);
      }
      if (!closed) res.end();
    });
  } catch (error) {
    if (res.headersSent) {
      // Mid-stream: the client must not mistake a partial file for a whole one.
      log.error({ err: error, export: definition.name }, "export failed after it started");
      res.destroy();
      return;
    }
    sendRouteError(res, log, error, { export: definition.name });
  }
}

// POST /imports?source=bci: a feed file as the request body (text/csv) or as
// the file of a multipart/form-data form, streamed into a new import batch as
// the caller (their PostgreSQL role and RLS apply, exactly as for GraphQL:
// who may import is the database's decision, answered here as a 403).
// Answers 202 with the new batch, 200 with the existing batch when the same
// file was uploaded before, or a 4xx with a stable code and a clear message.
import type { Readable } from "node:stream";
import busboy from "busboy";
import type { Request, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import { ImportError } from "./import-error.ts";
import type { ImportLimits } from "../config/env.ts";
import { receiveImport } from "./staging-copy.ts";
import type { AsCaller } from "../http/as-caller.ts";
import { sendError, sendRouteError, sendUnauthenticated } from "../http/http-errors.ts";

export interface UploadRouteDeps {
  asCaller: AsCaller;
  limits: ImportLimits;
  logger: Logger;
}

const CSV_TYPES = new Set([
  "text/csv",
  "application/csv",
  "text/plain",
  "application/octet-stream",
  "application/vnd.ms-excel",
]);

/**
 * The file stream of a multipart form (its only file field), and the end of the
 * form: it fails if the form holds a second file, so the upload is refused
 * rather than one file silently dropped.
 */
function multipartFile(
  req: Request,
  limits: ImportLimits,
): Promise<{ stream: Readable; fileName: string | null; formEnd: Promise<void> }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: limits.maxBytes + 1, fields: 20, fieldSize: 10_000 },
      });
    } catch {
      reject(
        new ImportError(400, "IMPORT_BAD_REQUEST", "The multipart form could not be read (is the boundary missing?)"),
      );
      return;
    }
    let found = false;
    let endForm: () => void = () => undefined;
    let failForm: (error: ImportError) => void = () => undefined;
    const formEnd = new Promise<void>((resolveEnd, rejectEnd) => {
      endForm = resolveEnd;
      failForm = rejectEnd;
    });
    formEnd.catch(() => undefined);
    bb.on("filesLimit", () =>
      failForm(new ImportError(400, "IMPORT_TOO_MANY_FILES", "Send one file per upload (the form has more than one)")),
    );
    bb.on("file", (_name, stream, info) => {
      if (found) {
        stream.resume();
        return;
      }
      found = true;
      resolve({ stream, fileName: info.filename ?? null, formEnd });
    });
    bb.on("error", (error) =>
      reject(
        new ImportError(400, "IMPORT_BAD_REQUEST", `The multipart form is malformed: ${(error as Error).message}`),
      ),
    );
    bb.on("close", () => {
      endForm();
      if (!found) reject(new ImportError(400, "IMPORT_NO_FILE", "The form has no file field: send the CSV as a file"));
    });
    req.pipe(bb);
  });
}

export function makeUploadRoute(deps: UploadRouteDeps): RequestHandler {
  return async function upload(req: Request, res: Response): Promise<void> {
    const identity = req.identity;
    if (!identity || identity.role === "anonymous") {
      sendUnauthenticated(res, "Log in (send Authorization: Bearer <token>) to upload a file");
      return;
    }
    const source = typeof req.query.source === "string" ? req.query.source : "bci";
    if (!/^[a-z][a-z0-9_]{1,40}$/.test(source)) {
      sendError(res, 400, "UNKNOWN_SOURCE_SYSTEM", "source must be a source system key such as bci");
      return;
    }
    const declared = Number(req.headers["content-length"] ?? "0");
    if (declared > deps.limits.maxBytes + 64 * 1024) {
      sendError(res, 413, "IMPORT_TOO_LARGE", `The file is larger than the limit of ${deps.limits.maxBytes} bytes`);
      req.resume();
      return;
    }
    const contentType = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    try {
      let stream: Readable;
      let formEnd: Promise<void> = Promise.resolve();
      let fileName = typeof req.query.filename === "string" ? req.query.filename : null;
      if (contentType === "multipart/form-data") {
        const file = await multipartFile(req, deps.limits);
        stream = file.stream;
        formEnd = file.formEnd;
        fileName = file.fileName ?? fileName;
      } else if (CSV_TYPES.has(contentType) || contentType === "") {
        stream = req;
      } else {
        sendError(res, 415, "IMPORT_UNSUPPORTED_MEDIA_TYPE", "Send the file as text/csv or as multipart/form-data");
        req.resume();
        return;
      }
      const received = await deps.asCaller(
        identity,
        async (tx) => {
          const result = await receiveImport(tx.client, stream, {
            sourceSystem: source,
            fileName,
            limits: deps.limits,
          });
          // A second file in the form fails here, before anything is committed.
          await formEnd;
          if (result.duplicate) tx.rollbackOnly();
          return result;
        },
        // A big file takes longer than a GraphQL request may.
        { settings: { statement_timeout: "30min" } },
      );
      res.status(received.duplicate ? 200 : 202).json({
        batch: {
          rowId: Number(received.batchId),
          duplicate: received.duplicate,
          rowCount: received.rowCount,
          byteCount: received.byteCount,
          sha256: received.sha256,
          warnings: received.warnings,
        },
      });
    } catch (error) {
      // Whatever is left of the body is not read: the connection closes after the answer.
      res.set("Connection", "close");
      if (error instanceof ImportError) {
        sendError(res, error.status, error.code, error.message, error.line ? { line: error.line } : {});
        return;
      }
      const sqlState = (error as { code?: string }).code;
      if (sqlState === "23505") {
        // The same file finished uploading in a parallel request a moment ago.
        sendError(
          res,
          409,
          "IMPORT_IN_PROGRESS",
          "The same file is being imported by another request; look for its batch",
        );
        return;
      }
      if (sqlState === "22021" || sqlState === "22P05") {
        sendError(res, 422, "IMPORT_BAD_ENCODING", "The file contains characters that cannot be stored");
        return;
      }
      sendRouteError(res, req.log ?? deps.logger, error, { route: "imports" });
    }
  };
}

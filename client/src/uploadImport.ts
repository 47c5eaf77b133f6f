// Sends a feed file to POST /imports with XMLHttpRequest rather than fetch:
// only XHR reports upload progress in every browser (fetch has no upload
// progress events, and streaming request bodies need HTTP/2). The answer is
// turned into a result the screen can show in words; nothing is thrown.
import { loadSession } from "./session.ts";

export interface UploadedBatch {
  rowId: number;
  duplicate: boolean;
  rowCount: number;
  byteCount: number;
  warnings: string[];
}

export type UploadResult =
  | { ok: true; batch: UploadedBatch }
  | { ok: false; status: number; code: string | null; message: string; line: number | null };

export interface UploadOptions {
  source: string;
  /** Called with bytes sent so far and the total, as the browser sends them. */
  onProgress(sent: number, total: number): void;
  onUnauthorized(): void;
  /** Aborts the upload (the server rolls back whatever it had received). */
  signal?: AbortSignal;
}

interface ErrorBody {
  errors?: Array<{ message?: string; extensions?: { code?: string; line?: number } }>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function uploadImport(file: File, options: UploadOptions): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const params = new URLSearchParams({ source: options.source, filename: file.name });
    xhr.open("POST", `/imports?${params}`);
    const token = loadSession()?.token;
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    // The raw bytes as text/csv: the server hashes exactly these, so the same
    // file always finds its earlier batch.
    xhr.setRequestHeader("Content-Type", "text/csv");
    xhr.upload.onprogress = (event) =>
      options.onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if ((xhr.status === 200 || xhr.status === 202) && body && typeof body === "object" && "batch" in body) {
        const batch = (body as { batch: UploadedBatch }).batch;
        options.onProgress(file.size, file.size);
        resolve({ ok: true, batch: { ...batch, warnings: batch.warnings ?? [] } });
        return;
      }
      if (xhr.status === 401) options.onUnauthorized();
      const first = (body as ErrorBody | null)?.errors?.[0];
      resolve({
        ok: false,
        status: xhr.status,
        code: first?.extensions?.code ?? null,
        message: first?.message ?? `The server answered ${xhr.status} ${xhr.statusText}`.trim(),
        line: typeof first?.extensions?.line === "number" ? first.extensions.line : null,
      });
    };
    xhr.onerror = () =>
      resolve({
        ok: false,
        status: 0,
        code: null,
        message: "The upload did not reach the server. Check your connection and try again.",
        line: null,
      });
    xhr.onabort = () => resolve({ ok: false, status: 0, code: "ABORTED", message: "Upload cancelled.", line: null });
    options.signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(file);
  });
}

const uploadTitles: Readonly<Record<string, string>> = {
  IMPORT_BAD_ENCODING: "The file's encoding is not supported",
  IMPORT_BAD_CSV: "The file is not valid CSV",
  IMPORT_MISSING_COLUMN: "A required column is missing",
  IMPORT_DUPLICATE_COLUMN: "A column appears twice",
  IMPORT_EMPTY: "The file has no rows",
  IMPORT_TOO_LARGE: "The file is too large",
  IMPORT_TOO_MANY_ROWS: "The file has too many rows",
  IMPORT_FIELD_TOO_LARGE: "A field is too long",
  IMPORT_IN_PROGRESS: "This file is being uploaded already",
  IMPORT_UNSUPPORTED_MEDIA_TYPE: "Unsupported file type",
  IMPORT_NO_FILE: "No file was sent",
  IMPORT_BAD_REQUEST: "The upload was malformed",
  PERMISSION_DENIED: "Not allowed",
  UNAUTHENTICATED: "Signed out",
  UNKNOWN_SOURCE_SYSTEM: "Unknown source system",
  FEATURE_DISABLED: "Imports are switched off",
  ABORTED: "Upload cancelled",
};

/** A heading for a refused upload; the server's message says the rest. */
export function uploadErrorTitle(code: string | null): string {
  return (code && uploadTitles[code]) ?? "The upload failed";
}

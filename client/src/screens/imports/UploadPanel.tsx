// Upload a BCI file: pick it or drop it, watch the bytes go up, then open the
// new batch. A refused file is explained in words (with the line for CSV
// problems); the same file a second time links to the batch it already made.
import { useId, useRef, useState, type DragEvent } from "react";
import { Link, useNavigate } from "react-router";
import { uploadErrorTitle, uploadImport, type UploadResult } from "../../uploadImport.ts";
import { formatBytes } from "./formatBytes.ts";

type UploadState =
  | { phase: "idle" }
  | { phase: "sending"; sent: number; total: number }
  | { phase: "finished"; result: UploadResult; fileName: string; total: number };

export function UploadPanel({ onUnauthorized, onUploaded }: { onUnauthorized(): void; onUploaded(): void }) {
  const navigate = useNavigate();
  const ids = { file: useId(), progress: useId(), help: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<UploadState>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const sending = state.phase === "sending";

  function choose(next: File | null) {
    setFile(next);
    setState({ phase: "idle" });
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (sending) return;
    const dropped = event.dataTransfer.files[0];
    if (dropped) choose(dropped);
  }

  async function send() {
    if (!file) return;
    abort.current = new AbortController();
    setState({ phase: "sending", sent: 0, total: file.size });
    const result = await uploadImport(file, {
      source: "bci",
      signal: abort.current.signal,
      onUnauthorized,
      onProgress: (sent, total) => setState({ phase: "sending", sent, total }),
    });
    abort.current = null;
    setState({ phase: "finished", result, fileName: file.name, total: file.size });
    if (result.ok) {
      onUploaded();
      // A new batch: follow it. A duplicate stays here and says where the first one is.
      if (!result.batch.duplicate) navigate(`/imports/${result.batch.rowId}`);
    }
  }

  const percent = state.phase === "sending" && state.total > 0 ? Math.round((state.sent / state.total) * 100) : 0;

  return (
    <section className="card upload-panel" aria-labelledby={`${ids.file}-heading`}>
      <h2 id={`${ids.file}-heading`}>Upload a BCI file</h2>
      <div
        className={`drop-zone${dragging ? " dragging" : ""}`}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={ids.file}>BCI export (CSV)</label>
        <input
          ref={inputRef}
          id={ids.file}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={ids.help}
          disabled={sending}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        <p id={ids.help} className="hint">
          Or drop the file here. UTF-8 or Windows-1252, with a company name column; one row per project and company.
        </p>
        {file && (
          <p className="chosen-file">
            <strong>{file.name}</strong> <span className="muted">({formatBytes(file.size)})</span>
          </p>
        )}
      </div>
      <div className="upload-actions">
        <button type="button" onClick={() => void send()} disabled={!file || sending}>
          {sending ? "Uploading…" : "Upload"}
        </button>
        {sending && (
          <button type="button" className="secondary" onClick={() => abort.current?.abort()}>
            Cancel upload
          </button>
        )}
      </div>
      {state.phase === "sending" && (
        <div className="progress-line">
          <label htmlFor={ids.progress}>Sending the file</label>
          <progress id={ids.progress} max={state.total || 1} value={state.sent} />
          <span className="muted">
            {percent}% · {formatBytes(state.sent)} of {formatBytes(state.total)}
          </span>
        </div>
      )}
      {state.phase === "finished" && state.result.ok && (
        <div className="progress-line">
          <label htmlFor={ids.progress}>File sent</label>
          <progress id={ids.progress} max={state.total || 1} value={state.total || 1} />
          <span className="muted">100% · {formatBytes(state.total)}</span>
        </div>
      )}
      {state.phase === "finished" && <UploadOutcome result={state.result} fileName={state.fileName} />}
    </section>
  );
}

function UploadOutcome({ result, fileName }: { result: UploadResult; fileName: string }) {
  if (result.ok && result.batch.duplicate) {
    return (
      <div className="notice" role="status">
        <strong>Already imported.</strong> {fileName} has exactly the bytes of an earlier upload, so nothing new was
        stored. <Link to={`/imports/${result.batch.rowId}`}>Open batch #{result.batch.rowId}</Link>
      </div>
    );
  }
  if (result.ok) {
    return (
      <p className="notice" role="status">
        Uploaded {fileName}: batch #{result.batch.rowId} with {result.batch.rowCount} rows.
      </p>
    );
  }
  return (
    <div className="error-box" role="alert" data-code={result.code ?? undefined}>
      <strong>{uploadErrorTitle(result.code)}</strong>
      <p>
        {result.message}
        {result.line !== null && !result.message.includes(`line ${result.line}`) && ` (line ${result.line})`}
      </p>
      <p className="muted">Nothing from {fileName} was stored. Fix the file and upload it again.</p>
    </div>
  );
}

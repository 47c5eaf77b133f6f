// A CSV export of one view with the dashboard's filters. The export endpoint
// takes the token only as an Authorization header, so the button fetches the
// file and saves it (src/download.ts) rather than being a plain link.
import { useState } from "react";
import { DownloadError, downloadCsv } from "../../download.ts";
import type { DateRange } from "./dateRange.ts";

export function exportPath(name: string, range: DateRange): string {
  return `/exports/${name}.csv?${new URLSearchParams({ from: range.from, to: range.to })}`;
}

export function ExportButton({
  name,
  label,
  range,
  onUnauthorized,
}: {
  name: string;
  label: string;
  range: DateRange;
  onUnauthorized(): void;
}) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const path = exportPath(name, range);
  async function download() {
    setState({ busy: true, error: null });
    try {
      await downloadCsv(path, `${name}_${range.from}_${range.to}.csv`, onUnauthorized);
      setState({ busy: false, error: null });
    } catch (error) {
      const message =
        error instanceof DownloadError ? error.message : "The export did not reach this browser. Try again.";
      setState({ busy: false, error: message });
    }
  }
  return (
    <span className="export-button">
      <button type="button" className="small" disabled={state.busy} data-export={path} onClick={() => void download()}>
        {state.busy ? "Preparing…" : label}
      </button>
      {state.error && (
        <span className="form-error" role="alert">
          {label} failed: {state.error}
        </span>
      )}
    </span>
  );
}

// Downloads a CSV export. /exports/<name>.csv takes the token only in the
// Authorization header (never in the URL, where it would end up in logs and
// browser history), so a plain link cannot carry it: fetch the file, then hand
// the browser a blob URL to save under the export's name.
import { loadSession } from "./session.ts";

export class DownloadError extends Error {
  readonly code: string | null;
  constructor(message: string, code: string | null) {
    super(message);
    this.code = code;
  }
}

export async function downloadCsv(path: string, fileName: string, onUnauthorized: () => void): Promise<void> {
  const token = loadSession()?.token;
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    if (response.status === 401) onUnauthorized();
    let message = `The server answered ${response.status}`;
    let code: string | null = null;
    try {
      const body = (await response.json()) as { errors?: Array<{ message?: string; extensions?: { code?: string } }> };
      message = body.errors?.[0]?.message ?? message;
      code = body.errors?.[0]?.extensions?.code ?? null;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new DownloadError(message, code);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

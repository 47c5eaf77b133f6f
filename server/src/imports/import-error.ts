// A problem with an uploaded file that the uploader can fix: an HTTP status,
// a stable code (docs/API.md lists them) and a message written for people.
export class ImportError extends Error {
  readonly status: number;
  readonly code: string;
  readonly line: number | undefined;
  constructor(status: number, code: string, message: string, line?: number) {
    super(message);
    this.status = status;
    this.code = code;
    this.line = line;
  }
}

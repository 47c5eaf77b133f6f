// Turns the raw bytes of an upload into text, counting and hashing them on the
// way and enforcing the size limit. UTF-8 (with or without a byte-order mark)
// is expected; a file whose start is not valid UTF-8 but reads as
// Windows-1252 (what Excel saves as "CSV" on Windows) is converted with a
// warning; UTF-16 and binary files are refused with a clear error.
import { createHash } from "node:crypto";
import iconv from "iconv-lite";
import { ImportError } from "./import-error.ts";

/** How much of the file decides the encoding. */
const SNIFF_BYTES = 64 * 1024;
/** Bytes Windows-1252 leaves undefined: their presence means it is not 1252 either. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export interface DecodedUpload {
  /** Text chunks, in order. */
  text: AsyncGenerator<string>;
  /** Filled in as the bytes go by; final once text is exhausted. */
  stats: { bytes: number; sha256: string; encoding: "utf-8" | "windows-1252"; warnings: string[] };
}

function badEncoding(message: string): ImportError {
  return new ImportError(422, "IMPORT_BAD_ENCODING", message);
}

export function decodeUpload(source: AsyncIterable<Buffer | string>, maxBytes: number): DecodedUpload {
  const hash = createHash("sha256");
  const stats: DecodedUpload["stats"] = { bytes: 0, sha256: "", encoding: "utf-8", warnings: [] };

  async function* bytes(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      stats.bytes += buffer.length;
      if (stats.bytes > maxBytes) {
        throw new ImportError(413, "IMPORT_TOO_LARGE", `The file is larger than the limit of ${maxBytes} bytes`);
      }
      if (buffer.includes(0)) {
        throw badEncoding(
          `The file contains NUL bytes near byte ${stats.bytes - buffer.length + buffer.indexOf(0)}: it looks binary (or UTF-16); upload a CSV saved as UTF-8`,
        );
      }
      hash.update(buffer);
      yield buffer;
    }
    stats.sha256 = hash.digest("hex");
  }

  async function* text(): AsyncGenerator<string> {
    const input = bytes();
    // Sniff: gather the first SNIFF_BYTES (or the whole file if smaller).
    const head: Buffer[] = [];
    let headLength = 0;
    let done = false;
    while (headLength < SNIFF_BYTES) {
      const next = await input.next();
      if (next.done) {
        done = true;
        break;
      }
      head.push(next.value);
      headLength += next.value.length;
    }
    let start = Buffer.concat(head);
    if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) {
      throw badEncoding("The file is UTF-16: save it as CSV UTF-8 and upload it again");
    }
    if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) start = start.subarray(3);

    let decode: (chunk: Buffer, last: boolean) => string;
    const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    let offset = 0;
    try {
      utf8.decode(start, { stream: !done });
      const fresh = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      decode = (chunk, last) => {
        try {
          const out = fresh.decode(chunk, { stream: !last });
          offset += chunk.length;
          return out;
        } catch {
          throw badEncoding(
            `The file is not valid UTF-8 (after byte ${offset}); save it as CSV UTF-8 and upload it again`,
          );
        }
      };
    } catch {
      if (start.some((byte) => UNDEFINED_IN_1252.has(byte))) {
        throw badEncoding("The file is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8 and upload it again");
      }
      stats.encoding = "windows-1252";
      stats.warnings.push(
        'The file was not UTF-8; it was read as Windows-1252 (Excel\'s "CSV" on Windows) and converted',
      );
      const cp1252 = iconv.getDecoder("win1252");
      decode = (chunk, last) => cp1252.write(chunk) + (last ? (cp1252.end() ?? "") : "");
    }

    yield decode(start, done);
    if (done) return;
    for (;;) {
      const next = await input.next();
      if (next.done) {
        const rest = decode(Buffer.alloc(0), true);
        if (rest) yield rest;
        return;
      }
      yield decode(next.value, false);
    }
  }

  return { text: text(), stats };
}

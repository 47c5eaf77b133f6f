// ops load-registry FILE.csv and ops match FILE|-: the bulk load and batch
// match interfaces (kept exactly: other people measure their own data
// through them). The work is done by server/src/registry/load-registry.ts and
// match-names.ts; this file reads arguments, shows progress and prints.
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { stat } from "node:fs/promises";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { loadRegistryFile, LoadRegistryError } from "../../registry/load-registry.ts";
import { matchNames, type MatchResult } from "../../registry/match-names.ts";
import { OpsError, positiveInteger, EXIT_FAILURE, type OpsContext } from "./context.ts";
import { toJson } from "./output.ts";

/** Longest input line match reads; longer lines get an error object (search_employers allows 500 characters). */
export const MAX_MATCH_LINE_BYTES = 64 * 1024;

export type InputLine = { line: number; text: string } | { line: number; tooLong: string };

/**
 * The lines of a stream, one at a time and never more than maxBytes of one
 * line in memory: "\n" or "\r\n" endings, a byte-order mark dropped, blank
 * lines skipped, over-long lines reported (with their start) and skipped.
 */
export async function* readLines(
  input: AsyncIterable<Buffer | string>,
  maxBytes = MAX_MATCH_LINE_BYTES,
): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder("utf-8");
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  const finish = function* (): Generator<InputLine> {
    lineNo++;
    const bytes = Buffer.concat(parts);
    parts = [];
    size = 0;
    let text = decoder.decode(bytes);
    if (lineNo === 1 && text.startsWith("\uFEFF")) text = text.slice(1);
    if (text.endsWith("\r")) text = text.slice(0, -1);
    if (tooLong) {
      tooLong = false;
      yield { line: lineNo, tooLong: text.slice(0, 100) };
    } else if (text.trim() !== "") {
      yield { line: lineNo, text };
    }
  };
  for await (const chunk of input) {
    let buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    for (;;) {
      const newline = buffer.indexOf(0x0a);
      const piece = newline === -1 ? buffer : buffer.subarray(0, newline);
      if (!tooLong) {
        const room = maxBytes - size;
        if (piece.length > room) {
          parts.push(Buffer.from(piece.subarray(0, Math.max(room, 0))));
          size = maxBytes;
          tooLong = true;
        } else {
          parts.push(Buffer.from(piece));
          size += piece.length;
        }
      }
      if (newline === -1) break;
      yield* finish();
      buffer = buffer.subarray(newline + 1);
    }
  }
  if (size > 0 || tooLong) yield* finish();
}

async function* queries(lines: AsyncIterable<InputLine>): AsyncGenerator<string | MatchResult> {
  for await (const item of lines) {
    if ("text" in item) yield item.text;
    else
      yield {
        query: item.tooLong,
        matches: [],
        error: `line ${item.line} is longer than ${MAX_MATCH_LINE_BYTES} bytes: not searched (a search may have at most 500 characters)`,
      };
  }
}

/** Writes with backpressure; false once the reader has gone (EPIPE): stop then. */
async function write(stream: NodeJS.WritableStream & { destroyed?: boolean }, text: string): Promise<boolean> {
  if (stream.destroyed) return false;
  if (stream.write(text)) return true;
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      stream.off("drain", onDrain);
      stream.off("close", onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    stream.once("drain", onDrain);
    stream.once("close", onClose);
  });
}

export function registerRegistryCommands(program: Command, ctx: OpsContext): void {
  program
    .command("load-registry")
    .description(
      "load employers and aliases from a CSV file with columns ref,name,kind (idempotent; bad rows reported by line)",
    )
    .argument(
      "<file>",
      "CSV with a header ref,name,kind (kind: canonical, legal, trading, former, abbreviation, feed_spelling, other)",
    )
    .option("--source-system <key>", "source system recorded on every name", "csv")
    .option("--batch-size <n>", "rows per transaction", positiveInteger("--batch-size", 100_000), 2000)
    .option("--strict", "exit 1 when any row is bad (they are reported either way)")
    .option("--json", "the report as one JSON object instead of lines")
    .action(
      async (file: string, options: { sourceSystem: string; batchSize: number; strict?: boolean; json?: boolean }) => {
        const size = await stat(file).then(
          (s) => (s.isFile() ? s.size : Promise.reject(new OpsError(`${file} is not a file`))),
          (error: NodeJS.ErrnoException) =>
            Promise.reject(new OpsError(`cannot read ${file}: ${error.code ?? error.message}`)),
        );
        const { ownerPool } = await ctx.database();
        const bar = ctx.io.stderr.isTTY
          ? new cliProgress.SingleBar(
              {
                stream: ctx.io.stderr as NodeJS.WriteStream,
                format: "loading {bar} {percentage}% | {value}/{total} bytes | {eta_formatted} left",
                hideCursor: true,
              },
              cliProgress.Presets.shades_classic,
            )
          : null;
        bar?.start(size, 0);
        const started = Date.now();
        let report;
        try {
          report = await loadRegistryFile(ownerPool, file, {
            sourceSystem: options.sourceSystem,
            batchSize: options.batchSize,
            onProgress: (bytes) => bar?.update(Math.min(bytes, size)),
          });
        } catch (error) {
          if (error instanceof LoadRegistryError) throw new OpsError(`${file}: ${error.message}`);
          throw error;
        } finally {
          bar?.stop();
        }
        const seconds = (Date.now() - started) / 1000;
        if (options.json) {
          ctx.out(toJson({ file, ...report, seconds }));
        } else {
          for (const bad of report.badRows) ctx.out(`line ${bad.line}: ${bad.reason}`);
          ctx.out(
            `loaded ${file}: ${report.rows} row(s): ${report.employersCreated} employer(s) created, ${report.aliasesAdded} alias(es) added, ${report.unchanged} already recorded (the employer's name or one of its aliases), ${report.badRows.length} bad, in ${seconds.toFixed(1)} s`,
          );
        }
        if (options.strict && report.badRows.length > 0) ctx.setExitCode(EXIT_FAILURE);
      },
    );

  program
    .command("match")
    .description(
      "match names, one per line, against the registry: one JSON line per name (on stdout, or --out FILE), best 5 matches first",
    )
    .argument("<file>", "a text file with one name per line, or - for stdin")
    .option("--out <file>", "write the JSON lines to this file instead of stdout (npm's own output never mixes in)")
    .action(async (file: string, options: { out?: string }) => {
      const input =
        file === "-"
          ? (ctx.io.stdin as AsyncIterable<Buffer>)
          : await new Promise<AsyncIterable<Buffer>>((resolve, reject) => {
              const stream = createReadStream(file);
              stream.once("open", () => resolve(stream));
              stream.once("error", (error: NodeJS.ErrnoException) =>
                reject(new OpsError(`cannot read ${file}: ${error.code ?? error.message}`)),
              );
            });
      const output = options.out
        ? await new Promise<NodeJS.WritableStream>((resolve, reject) => {
            const stream = createWriteStream(options.out!);
            stream.once("open", () => resolve(stream));
            stream.once("error", (error: NodeJS.ErrnoException) =>
              reject(new OpsError(`cannot write ${options.out}: ${error.code ?? error.message}`)),
            );
          })
        : ctx.io.stdout;
      const { ownerPool } = await ctx.database();
      let count = 0;
      let errors = 0;
      try {
        for await (const result of matchNames(ownerPool, queries(readLines(input)), 4)) {
          count++;
          if (result.error) errors++;
          // stdout closed by its reader (EPIPE, `… | head`): nobody wants the rest.
          if (!(await write(output, toJson(result) + "\n"))) break;
        }
      } finally {
        if (output !== ctx.io.stdout) {
          output.end();
          await once(output, "finish");
        }
      }
      if (ctx.verbose() || options.out) ctx.err(`matched ${count} name(s), ${errors} with an error`);
    });
}

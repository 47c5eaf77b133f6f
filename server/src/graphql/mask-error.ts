// Decides what a GraphQL client sees of an error: domain errors keep their
// message and get a stable code; everything else is logged with a reference
// and replaced by a generic message, so nothing internal leaks.
import { randomBytes } from "node:crypto";
import { GraphQLError } from "graphql";
import { isSafeError } from "grafast";
import type { Logger } from "pino";
import { domainErrorCodes, postgresErrorCodes } from "./domain-errors.ts";

interface PgLikeError {
  code?: unknown;
  message: string;
  constraint?: unknown;
  detail?: unknown;
}

function reshape(error: GraphQLError, message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions,
  });
}

// postgraphile-plugin-connection-filter refuses null and empty filter input
// with plain Errors (its source says they should be marked safe and are not
// yet), so they would be masked as internal. They are the caller's mistake, and
// these exact messages say what is wrong: pass them on.
const filterInputMessages = new Set([
  "Null literals are forbidden in filter argument input.",
  "Empty objects are forbidden in filter argument input.",
]);

export function makeMaskError(logger: Logger) {
  return function maskError(error: GraphQLError): GraphQLError {
    const original = error.originalError;
    // Validation and coercion errors come from graphql-js itself: safe as they are.
    if (!original || original instanceof GraphQLError) return error;
    // PostGraphile's cursor decoding refuses a cursor it did not give out with a
    // safe error that carries no code.
    if (/^Invalid cursor/i.test(original.message)) {
      return reshape(error, original.message, { code: "INVALID_CURSOR" });
    }
    if (isSafeError(original)) {
      return reshape(error, original.message, { ...(original.extensions ?? {}) });
    }
    if (filterInputMessages.has(original.message)) {
      return reshape(error, original.message, { code: "INVALID_FILTER" });
    }
    const pgError = original as PgLikeError;
    const sqlState = typeof pgError.code === "string" ? pgError.code : undefined;
    if (sqlState !== undefined) {
      const domainCode = domainErrorCodes[sqlState];
      if (domainCode !== undefined) {
        const extensions: Record<string, unknown> = { code: domainCode };
        if (domainCode === "FEATURE_DISABLED" && typeof pgError.detail === "string") {
          extensions.feature = pgError.detail;
        }
        return reshape(error, pgError.message, extensions);
      }
      const known = postgresErrorCodes[sqlState];
      if (known !== undefined) {
        const extensions: Record<string, unknown> = { code: known.code };
        if (typeof pgError.constraint === "string") extensions.constraint = pgError.constraint;
        return reshape(error, known.message, extensions);
      }
    }
    const reference = randomBytes(6).toString("hex").toUpperCase();
    logger.error({ reference, err: original, path: error.path, sqlState }, "unexpected error in a GraphQL request");
    return reshape(error, `An unexpected error occurred (reference ${reference})`, {
      code: "INTERNAL_SERVER_ERROR",
      reference,
    });
  };
}

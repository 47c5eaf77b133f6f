// Turns an urql error into words. Domain errors (docs/API.md#errors) carry a
// stable extensions.code and a message written for people: the code picks a
// short heading and the server's message says the rest.
import type { CombinedError } from "urql";

export interface ErrorDescription {
  code: string | null;
  title: string;
  message: string;
}

const titles: Readonly<Record<string, string>> = {
  INVALID_CREDENTIALS: "Wrong username or password",
  WEAK_PASSWORD: "Password not accepted",
  ALREADY_EXISTS: "Already exists",
  NOT_FOUND: "Not found",
  LAST_ADMIN: "The last admin must stay",
  APPEND_ONLY: "This record cannot be changed",
  INVALID_EXPIRY: "Invalid expiry",
  FEATURE_DISABLED: "Switched off",
  REASON_REQUIRED: "A reason is needed",
  INVALID_SEARCH: "Invalid search",
  INVALID_NAME: "Invalid name",
  INVALID_IDENTIFIER: "Invalid identifier",
  INVALID_PATTERN: "Invalid pattern",
  UNKNOWN_SOURCE_SYSTEM: "Unknown source system",
  INVALID_DATES: "Invalid dates",
  IDENTIFIER_IN_USE: "Identifier already in use",
  DUPLICATE_ALIAS: "Name already recorded",
  EMPLOYER_MERGED: "Employer was merged",
  DISTINCT_EMPLOYERS: "Recorded as different employers",
  INVALID_MERGE: "Cannot merge",
  CANNOT_UNMERGE: "Cannot undo this merge",
  INVALID_DISTINCTION: "Invalid distinction",
  DUPLICATE_DISTINCTION: "Already recorded as different",
  PERMISSION_DENIED: "Not allowed",
  INVALID_REFERENCE: "Unknown reference",
  INVALID_INPUT: "Invalid input",
  QUERY_TIMEOUT: "Took too long",
  QUERY_TOO_DEEP: "Request too complex",
  QUERY_TOO_COSTLY: "Request too large",
  PAGE_TOO_LARGE: "Request too large",
  INVALID_TOKEN: "Signed out",
  TOKEN_EXPIRED: "Signed out",
  // The promotion console and the pending queue (docs/PROMOTION.md, docs/IMPORTS.md)
  PROMOTION_ITEM_CLAIMED: "Claimed by another steward",
  DECISION_CONFLICT: "Someone else decided this a moment ago",
  INVALID_CANDIDATE: "Not a candidate of this employer",
  INVALID_DEFER_DATE: "Invalid defer date",
  INVALID_CLAIM_DURATION: "Invalid claim duration",
  CANNOT_REVERT: "Cannot revert this decision",
  PENDING_RESOLVED: "Already resolved",
  INVALID_PENDING_MERGE: "Cannot merge these pending items",
  INTERNAL_SERVER_ERROR: "Something went wrong on the server",
};

export function describeError(error: CombinedError): ErrorDescription {
  const first = error.graphQLErrors[0];
  if (first) {
    const code = typeof first.extensions?.code === "string" ? first.extensions.code : null;
    return { code, title: (code && titles[code]) ?? "The request was refused", message: first.message };
  }
  if (error.networkError) {
    return {
      code: null,
      title: "Could not reach the server",
      message: "Check your connection and try again.",
    };
  }
  return { code: null, title: "The request failed", message: error.message };
}

/** One line, for places with no room for a heading. */
export function errorText(error: CombinedError): string {
  const { title, message } = describeError(error);
  return message && message !== title ? `${title}: ${message}` : title;
}

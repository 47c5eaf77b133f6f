// SQLSTATE codes whose messages are written for people and safe to show, with
// the stable code clients see in `extensions.code`. Our own codes are raised
// by the migrations (`raise ... using errcode = 'XXXXX'`); docs/API.md lists them.
export const domainErrorCodes: Readonly<Record<string, string>> = {
  CREDS: "INVALID_CREDENTIALS",
  WEAKP: "WEAK_PASSWORD",
  UNIQU: "ALREADY_EXISTS",
  NTFND: "NOT_FOUND",
  LSTAD: "LAST_ADMIN",
  APPND: "APPEND_ONLY",
  BADEX: "INVALID_EXPIRY",
  FDOFF: "FEATURE_DISABLED",
  RSNRQ: "REASON_REQUIRED",
  // The registry (migrations/committed/000002, search speed in 000003)
  BADQY: "INVALID_SEARCH",
  BADNM: "INVALID_NAME",
  BADID: "INVALID_IDENTIFIER",
  BADPT: "INVALID_PATTERN",
  BADSR: "UNKNOWN_SOURCE_SYSTEM",
  BADDT: "INVALID_DATES",
  IDUSE: "IDENTIFIER_IN_USE",
  DUPAL: "DUPLICATE_ALIAS",
  MERGD: "EMPLOYER_MERGED",
  BADDS: "INVALID_DISTINCTION",
  DUPDS: "DUPLICATE_DISTINCTION",
  DISTN: "DISTINCT_EMPLOYERS",
  BADMG: "INVALID_MERGE",
  UNMRG: "CANNOT_UNMERGE",
  // Canonical promotion (migrations/committed/000003, from current/3-promotion.sql)
  PRCLM: "PROMOTION_ITEM_CLAIMED",
  PRCNF: "DECISION_CONFLICT",
  PRNCA: "INVALID_CANDIDATE",
  PRDAT: "INVALID_DEFER_DATE",
  PRDUR: "INVALID_CLAIM_DURATION",
  PRREV: "CANNOT_REVERT",
  BADOC: "INVALID_OCCURRENCES",
  // Imports and the pending queue (migrations/committed/000003, from current/4-imports.sql)
  PNDDN: "PENDING_RESOLVED",
  PNDMG: "INVALID_PENDING_MERGE",
  // Learned names and safe bulk actions
  PNDLB: "CANDIDATE_BELOW_REVIEW",
  BTCHS: "BATCH_NOT_FINISHED",
  // Analytics (migrations/committed/000003, from current/5-analytics.sql)
  BADRG: "INVALID_DATE_RANGE",
};

// PostgreSQL's own errors that callers cause and may see, with a message of
// ours (the server's wording names tables and constraints).
export const postgresErrorCodes: Readonly<Record<string, { code: string; message: string }>> = {
  "42501": { code: "PERMISSION_DENIED", message: "You are not allowed to do that" },
  "23505": { code: "ALREADY_EXISTS", message: "A record with these values already exists" },
  "23503": {
    code: "INVALID_REFERENCE",
    message: "That refers to a record that does not exist (or is still referred to)",
  },
  "23514": { code: "INVALID_INPUT", message: "A value breaks a rule of the registry" },
  "23502": { code: "INVALID_INPUT", message: "A required value is missing" },
  "22P02": { code: "INVALID_INPUT", message: "A value has the wrong form" },
  "22001": { code: "INVALID_INPUT", message: "A value is too long" },
  "22021": { code: "INVALID_INPUT", message: "A value contains a character that cannot be stored (such as NUL)" },
  "22P05": { code: "INVALID_INPUT", message: "A value contains a character that cannot be stored (such as NUL)" },
  "22023": { code: "INVALID_INPUT", message: "A value is not valid here" },
  "22007": { code: "INVALID_INPUT", message: "A date or time has the wrong form" },
  "22008": { code: "INVALID_INPUT", message: "A date or time is out of range" },
  "57014": { code: "QUERY_TIMEOUT", message: "The query took too long and was cancelled" },
  // A negative LIMIT or OFFSET (first/last/offset from a variable the HTTP guard did not see, e.g. in-process callers).
  "2201W": { code: "INVALID_PAGE_SIZE", message: "A page size (first, last) cannot be negative" },
  "2201X": { code: "INVALID_PAGE_SIZE", message: "An offset cannot be negative" },
};

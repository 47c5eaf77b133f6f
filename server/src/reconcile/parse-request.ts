// Reads and checks a reconciliation request (queries or extend) before any SQL
// runs: a bad batch is refused whole with a 400, a stable code and a message
// that names the query and says what to change, never answered in part.
import { HttpError } from "../http/http-errors.ts";
import { EMPLOYER_TYPE, findExtendProperty, findQueryProperty, identifierPropertyIds } from "./vocabulary.ts";

/** The longest query the matcher takes (app_hidden.match_employers). */
export const MAX_QUERY_CHARS = 500;
/** The most candidates the matcher ranks (search_settings().max_results). */
export const MAX_LIMIT = 20;
export const DEFAULT_LIMIT = 5;

export interface ParsedQuery {
  /** The query's key in the batch ("q0", ...): its answer has the same key. */
  key: string;
  query: string;
  limit: number;
  /** Identifier values by property id (abn, acn, bci_company), in the form they are stored in. */
  identifiers: Array<{ pid: string; value: string }>;
  tradingNames: string[];
  states: string[];
  postcodes: string[];
}

export interface ParsedExtend {
  ids: string[];
  properties: string[];
}

function bad(code: string, message: string): HttpError {
  return new HttpError(400, code, message);
}

function parseJsonParameter(raw: unknown, name: string): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw bad(
      name === "queries" ? "INVALID_QUERIES" : "INVALID_EXTEND",
      `${name} is not valid JSON: send ${name === "queries" ? '{"q0": {"query": "Acme Constructions"}}' : '{"ids": ["123"], "properties": [{"id": "abn"}]}'}`,
    );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A property value as OpenRefine sends it: a string, a number, an {id, name} object, or a list of those. */
function propertyValues(raw: unknown, key: string, pid: string): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  const values: string[] = [];
  for (const item of list) {
    let text: string | null = null;
    if (typeof item === "string") text = item;
    else if (typeof item === "number" && Number.isFinite(item)) text = String(item);
    else if (isPlainObject(item) && typeof item.id === "string") text = item.id;
    else if (isPlainObject(item) && typeof item.name === "string") text = item.name;
    if (text === null) {
      throw bad(
        "INVALID_PROPERTY_VALUE",
        `Query "${key}": the value of property "${pid}" must be a string or a number (or a list of them)`,
      );
    }
    if (text.length > MAX_QUERY_CHARS) {
      throw bad(
        "INVALID_PROPERTY_VALUE",
        `Query "${key}": a value of property "${pid}" is longer than ${MAX_QUERY_CHARS} characters`,
      );
    }
    if (text.includes("\u0000")) {
      throw bad("INVALID_PROPERTY_VALUE", `Query "${key}": a value of property "${pid}" contains a NUL character`);
    }
    const trimmed = text.trim();
    // Empty cells are common in a spreadsheet column: they say nothing.
    if (trimmed !== "") values.push(trimmed);
  }
  return values;
}

/**
 * Identifier values in the form the registry stores them (ABN/ACN digits
 * only); a value that cannot be one (an "n/a" in an ABN column) is not looked
 * up, as a spreadsheet's stray cell should not refuse the whole batch.
 */
function identifierValue(pid: string, value: string): string | null {
  if (pid === "abn" || pid === "acn") {
    const digits = value.replace(/[\s-]/g, "");
    return new RegExp(`^[0-9]{${pid === "abn" ? 11 : 9}}$`).test(digits) ? digits : null;
  }
  return /^[A-Za-z0-9_-]{1,40}$/.test(value) ? value : null;
}

function checkType(raw: unknown, where: string): void {
  if (raw === undefined || raw === null) return;
  const types = Array.isArray(raw) ? raw : [raw];
  for (const type of types) {
    const id = isPlainObject(type) ? type.id : type;
    if (id !== EMPLOYER_TYPE.id) {
      throw bad(
        "UNKNOWN_TYPE",
        `${where}: unknown type ${JSON.stringify(id)}; this service has one type, "${EMPLOYER_TYPE.id}" (or leave type out)`,
      );
    }
  }
}

function parseQuery(key: string, raw: unknown): ParsedQuery {
  if (!isPlainObject(raw)) {
    throw bad("INVALID_QUERIES", `Query "${key}" must be an object such as {"query": "Acme Constructions"}`);
  }
  if (typeof raw.query !== "string") {
    throw bad("INVALID_QUERY", `Query "${key}" needs "query": the name to reconcile, as a string`);
  }
  const query = raw.query.trim();
  if (query === "") {
    throw bad("INVALID_QUERY", `Query "${key}" is empty: give a name (rows with an empty cell need not be sent)`);
  }
  if (raw.query.length > MAX_QUERY_CHARS) {
    throw bad("INVALID_QUERY", `Query "${key}" has more than ${MAX_QUERY_CHARS} characters: shorten it`);
  }
  if (raw.query.includes("\u0000")) throw bad("INVALID_QUERY", `Query "${key}" contains a NUL character`);
  checkType(raw.type, `Query "${key}"`);
  if (raw.type_strict !== undefined && !["any", "all", "should"].includes(raw.type_strict as string)) {
    throw bad("INVALID_TYPE_STRICT", `Query "${key}": type_strict must be "any", "all" or "should"`);
  }
  let limit = DEFAULT_LIMIT;
  if (raw.limit !== undefined && raw.limit !== null) {
    if (typeof raw.limit !== "number" || !Number.isInteger(raw.limit) || raw.limit < 1 || raw.limit > MAX_LIMIT) {
      throw bad(
        "INVALID_LIMIT",
        `Query "${key}": limit must be a whole number from 1 to ${MAX_LIMIT} (got ${JSON.stringify(raw.limit)})`,
      );
    }
    limit = raw.limit;
  }
  const parsed: ParsedQuery = { key, query, limit, identifiers: [], tradingNames: [], states: [], postcodes: [] };
  if (raw.properties !== undefined && raw.properties !== null) {
    if (!Array.isArray(raw.properties)) {
      throw bad("INVALID_QUERIES", `Query "${key}": properties must be a list of {"pid": "...", "v": "..."}`);
    }
    for (const property of raw.properties) {
      const pid = isPlainObject(property) ? (property.pid ?? property.p) : undefined;
      if (typeof pid !== "string") {
        throw bad("INVALID_QUERIES", `Query "${key}": each property needs "pid" (the property id) and "v"`);
      }
      const known = findQueryProperty(pid);
      if (!known) {
        throw bad(
          "UNKNOWN_PROPERTY",
          `Query "${key}": unknown property "${pid}"; the properties are abn, acn, bci_company, trading_name, state, postcode`,
        );
      }
      const values = propertyValues((property as Record<string, unknown>).v, key, pid);
      if (identifierPropertyIds.has(pid)) {
        for (const value of values) {
          const stored = identifierValue(pid, value);
          if (stored !== null) parsed.identifiers.push({ pid, value: stored });
        }
      } else if (pid === "trading_name") parsed.tradingNames.push(...values);
      else if (pid === "state") parsed.states.push(...values.map((v) => v.toUpperCase()));
      else parsed.postcodes.push(...values);
    }
  }
  return parsed;
}

/** The `queries` parameter (a JSON string, or an object from a JSON body) as checked queries. */
export function parseQueries(raw: unknown, maxBatch: number): ParsedQuery[] {
  const batch = parseJsonParameter(raw, "queries");
  if (!isPlainObject(batch)) {
    throw bad(
      "INVALID_QUERIES",
      'queries must be a JSON object of queries keyed by your own ids, such as {"q0": {"query": "Acme Constructions"}}',
    );
  }
  const keys = Object.keys(batch);
  if (keys.length > maxBatch) {
    throw bad(
      "BATCH_TOO_LARGE",
      `The batch has ${keys.length} queries; this service takes at most ${maxBatch} per request (OpenRefine sends 10): send smaller batches`,
    );
  }
  return keys.map((key) => parseQuery(key, batch[key]));
}

/** The `extend` parameter: ids and property ids, checked. */
export function parseExtend(raw: unknown, maxBatch: number): ParsedExtend {
  const request = parseJsonParameter(raw, "extend");
  if (!isPlainObject(request) || !Array.isArray(request.ids) || !Array.isArray(request.properties)) {
    throw bad("INVALID_EXTEND", 'extend must be {"ids": ["<employer id>", ...], "properties": [{"id": "abn"}, ...]}');
  }
  if (request.ids.length > maxBatch) {
    throw bad(
      "BATCH_TOO_LARGE",
      `The extend request names ${request.ids.length} ids; this service takes at most ${maxBatch} per request`,
    );
  }
  const ids = request.ids.map((id) => {
    if (typeof id !== "string" && typeof id !== "number") throw bad("INVALID_EXTEND", "Each id must be a string");
    return String(id);
  });
  const properties = request.properties.map((property) => {
    const id = isPlainObject(property) ? property.id : property;
    if (typeof id !== "string") throw bad("INVALID_EXTEND", 'Each property must be {"id": "..."}');
    if (!findExtendProperty(id)) {
      throw bad(
        "UNKNOWN_PROPERTY",
        `Unknown property "${id}"; the properties are name, status, abn, acn, bci_company, aliases, merged_into`,
      );
    }
    return id;
  });
  return { ids, properties };
}

/**
 * The searches a reconciliation batch runs: one per distinct name or
 * identifier value. This is what the request costs against the caller's
 * limits (each is one app_public.search_employers call, like one searchEmployers).
 */
export function searchTexts(queries: readonly ParsedQuery[]): string[] {
  const texts = new Set<string>();
  for (const q of queries) {
    texts.add(q.query);
    for (const identifier of q.identifiers) texts.add(identifier.value);
  }
  return [...texts];
}

export function searchesOf(queries: readonly ParsedQuery[]): number {
  return searchTexts(queries).length;
}

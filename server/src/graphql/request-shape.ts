// What a GraphQL request over HTTP must look like before any of it is
// validated or planned: one JSON object (no batches), a query string, an
// object of variables, an operation that exists and can run here, and a
// document small and shallow enough that parsing, validating and planning it
// takes a few milliseconds. Every refusal is the caller's mistake: a 4xx with a
// stable code, never an internal error.
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

export interface RequestViolation {
  status: number;
  code: string;
  message: string;
}

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export interface ShapeLimits {
  /** Most fields one operation may select once fragments are expanded (aliases each count). */
  maxFields: number;
}

export interface ShapedRequest {
  body: GraphQLRequestBody;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  /** Fields the operation selects, fragments expanded. */
  fieldCount: number;
  /** How many times each field name is selected, fragments expanded (e.g. searchEmployers). */
  fieldUses: Map<string, number>;
  /** Whether the operation reads the schema (__schema or __type). */
  introspects: boolean;
}

/** Nesting of objects and lists in arguments and variables (a filter's `not`/`and`/`or`). */
export const MAX_INPUT_DEPTH = 32;
/**
 * Nesting of selection sets the parser is shown: a guard for its recursion
 * only (GraphiQL's introspection query nests about 15 deep; the depth limit
 * proper is checked on the parsed document).
 */
export const MAX_LEXICAL_DEPTH = 64;
/** Tokens one document may have: bounds the parser's work whatever the body size. */
export const MAX_TOKENS = 20_000;

const violation = (status: number, code: string, message: string): RequestViolation => ({ status, code, message });

/**
 * How deeply the document nests, found without parsing it (the parser recurses,
 * so a document nested thousands deep must never reach it): braces outside
 * arguments are selection sets; braces and brackets inside parentheses are
 * input values.
 */
export function lexicalDepths(query: string): { selection: number; input: number } {
  let selection = 0;
  let maxSelection = 0;
  let input = 0;
  let maxInput = 0;
  let parens = 0;
  const stack: string[] = [];
  const n = query.length;
  for (let i = 0; i < n; i++) {
    const c = query.charCodeAt(i);
    if (c === 35 /* # */) {
      while (i < n && query.charCodeAt(i) !== 10 && query.charCodeAt(i) !== 13) i++;
    } else if (c === 34 /* " */) {
      if (query.startsWith('"""', i)) {
        const end = query.indexOf('"""', i + 3);
        i = end < 0 ? n : end + 2;
        // A block string's \""" escape is rare enough to ignore: it only shortens what we skip.
      } else {
        for (i++; i < n; i++) {
          const d = query.charCodeAt(i);
          if (d === 92 /* \ */) i++;
          else if (d === 34 || d === 10) break;
        }
      }
    } else if (c === 40 /* ( */) {
      parens++;
      stack.push("(");
    } else if (c === 41 /* ) */) {
      if (stack.pop() === "(") parens--;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (parens > 0) {
        input++;
        if (input > maxInput) maxInput = input;
        stack.push("i");
      } else if (c === 123) {
        selection++;
        if (selection > maxSelection) maxSelection = selection;
        stack.push("s");
      } else {
        stack.push("v");
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      const top = stack.pop();
      if (top === "i") input--;
      else if (top === "s") selection--;
    }
  }
  return { selection: maxSelection, input: maxInput };
}

/** Depth of a JSON value, without recursion. */
function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > limit) return deepest;
    for (const child of Object.values(item as Record<string, unknown>)) pending.push([child, depth + 1]);
  }
  return deepest;
}

interface FieldTally {
  count: number;
  uses: Map<string, number>;
  introspects: boolean;
}

/**
 * Counts an operation's fields with its fragments expanded, each fragment's
 * tally computed once: nested spreads that double at every level are counted
 * in linear time and refused, rather than expanded by the validator.
 */
function tallyFields(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FieldTally {
  const memo = new Map<string, FieldTally>();
  const visiting = new Set<string>();
  const add = (into: FieldTally, from: FieldTally, times = 1) => {
    into.count += from.count * times;
    for (const [name, uses] of from.uses) into.uses.set(name, (into.uses.get(name) ?? 0) + uses * times);
    into.introspects ||= from.introspects;
  };
  const tallySet = (set: SelectionSetNode | undefined): FieldTally => {
    const tally: FieldTally = { count: 0, uses: new Map(), introspects: false };
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const field = selection as FieldNode;
        const name = field.name.value;
        tally.count += 1;
        tally.uses.set(name, (tally.uses.get(name) ?? 0) + 1);
        if (name === "__schema" || name === "__type") tally.introspects = true;
        add(tally, tallySet(field.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(tally, tallySet(selection.selectionSet));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown and cyclic spreads are the validator's to report.
        if (!fragment || visiting.has(name)) continue;
        let fragmentTally = memo.get(name);
        if (!fragmentTally) {
          visiting.add(name);
          fragmentTally = tallySet(fragment.selectionSet);
          visiting.delete(name);
          memo.set(name, fragmentTally);
        }
        add(tally, fragmentTally);
      }
    }
    return tally;
  };
  return tallySet(operation.selectionSet);
}

/** Checks the request's shape and parses its document; answers a refusal or the parsed request. */
export function shapeRequest(
  rawBody: unknown,
  limits: ShapeLimits,
): { ok: true; request: ShapedRequest } | { ok: false; violation: RequestViolation } {
  const refuse = (status: number, code: string, message: string) =>
    ({ ok: false, violation: violation(status, code, message) }) as const;
  if (Array.isArray(rawBody)) {
    return refuse(400, "BATCH_NOT_SUPPORTED", "Send one GraphQL request per HTTP request (batches are not supported)");
  }
  const body: GraphQLRequestBody | null =
    typeof rawBody === "string" ? { query: rawBody } : rawBody && typeof rawBody === "object" ? rawBody : null;
  if (body === null) return refuse(400, "BAD_REQUEST", "The request body must be a JSON object");
  if (typeof body.query !== "string" || body.query.trim() === "") {
    return refuse(400, "QUERY_REQUIRED", "The request needs a query: a GraphQL document as a string");
  }
  if (
    body.variables !== undefined &&
    body.variables !== null &&
    (typeof body.variables !== "object" || Array.isArray(body.variables))
  ) {
    return refuse(400, "INVALID_VARIABLES", "variables must be a JSON object");
  }
  if (body.operationName !== undefined && body.operationName !== null && typeof body.operationName !== "string") {
    return refuse(400, "BAD_REQUEST", "operationName must be a string");
  }
  const variables = (body.variables ?? {}) as Record<string, unknown>;
  if (jsonDepth(variables, MAX_INPUT_DEPTH + 1) > MAX_INPUT_DEPTH + 1) {
    return refuse(400, "INPUT_TOO_DEEP", `Variables nest deeper than ${MAX_INPUT_DEPTH} levels`);
  }
  const depths = lexicalDepths(body.query);
  if (depths.input > MAX_INPUT_DEPTH) {
    return refuse(400, "INPUT_TOO_DEEP", `An argument nests deeper than ${MAX_INPUT_DEPTH} levels`);
  }
  if (depths.selection > MAX_LEXICAL_DEPTH) {
    return refuse(400, "QUERY_TOO_DEEP", `The query nests deeper than ${MAX_LEXICAL_DEPTH} levels`);
  }
  let document: DocumentNode;
  try {
    document = parse(body.query, { noLocation: false, maxTokens: MAX_TOKENS });
  } catch (error) {
    if (error instanceof GraphQLError && /tokens\. Parsing aborted|token limit/i.test(error.message)) {
      return refuse(400, "QUERY_TOO_LARGE", `The query document has more than ${MAX_TOKENS} tokens`);
    }
    return refuse(
      400,
      "GRAPHQL_PARSE_FAILED",
      error instanceof Error ? error.message : "The query is not valid GraphQL",
    );
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const wanted = typeof body.operationName === "string" && body.operationName !== "" ? body.operationName : null;
  let operation: OperationDefinitionNode | undefined;
  if (wanted !== null) {
    operation = operations.find((o) => o.name?.value === wanted);
    if (!operation) {
      return refuse(400, "UNKNOWN_OPERATION", `The document has no operation named "${wanted.slice(0, 100)}"`);
    }
  } else if (operations.length === 1) {
    operation = operations[0];
  } else {
    return refuse(
      400,
      operations.length === 0 ? "GRAPHQL_PARSE_FAILED" : "OPERATION_NAME_REQUIRED",
      operations.length === 0
        ? "The document has no operation"
        : "The document has several operations: say which with operationName",
    );
  }
  if (operation!.operation === OperationTypeNode.SUBSCRIPTION) {
    return refuse(400, "SUBSCRIPTIONS_NOT_SUPPORTED", "Subscriptions are not supported");
  }
  const tally = tallyFields(operation!, fragments);
  if (tally.count > limits.maxFields) {
    return refuse(
      400,
      "TOO_MANY_FIELDS",
      `The operation selects ${tally.count} fields (aliases and fragments included); the limit is ${limits.maxFields}`,
    );
  }
  return {
    ok: true,
    request: {
      body,
      document,
      operation: operation!,
      variables,
      fieldCount: tally.count,
      fieldUses: tally.uses,
      introspects: tally.introspects,
    },
  };
}

// Limits on what one GraphQL request may ask for: depth, page size, searches,
// grouped aggregates and cost. They apply to every role but admin, and are
// checked on the parsed document before execution, so a refused query costs
// the database nothing.
import {
  Kind,
  type SelectionSetNode,
  TypeInfo,
  getNamedType,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type ValueNode,
} from "graphql";
import { depthLimit } from "@graphile/depth-limit";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import type { Limits } from "../config/env.ts";
import type { ShapedRequest } from "./request-shape.ts";
import { FIELD_COSTS } from "./field-costs.ts";

export interface LimitViolation {
  status: number;
  code:
    | "QUERY_TOO_DEEP"
    | "PAGE_TOO_LARGE"
    | "INVALID_PAGE_SIZE"
    | "INVALID_CURSOR"
    | "PAGINATION_REQUIRED"
    | "QUERY_TOO_COSTLY"
    | "TOO_MANY_SEARCHES"
    | "AGGREGATE_NOT_ALLOWED";
  message: string;
}

/** Root fields that run the matcher (a candidate scan and fuzzy scoring): each counts as one search. */
export const SEARCH_FIELDS = ["searchEmployers"] as const;

/** How many searches an operation runs (its fields, fragments expanded). */
export function searchesOf(request: Pick<ShapedRequest, "fieldUses">): number {
  return SEARCH_FIELDS.reduce((sum, name) => sum + (request.fieldUses.get(name) ?? 0), 0);
}

/** Roles that may group rows (groupedAggregates lists the values it groups by). */
const GROUPING_ROLES = new Set(["analyst", "steward", "admin"]);

/** A cursor PostGraphile gave out: base64 of a JSON array. */
function isCursor(value: string): boolean {
  if (value.length > 4096 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  try {
    return Array.isArray(JSON.parse(Buffer.from(value, "base64").toString("utf8")));
  } catch {
    return false;
  }
}

function isConnectionTypeName(name: string): boolean {
  return name.endsWith("Connection");
}

function intArgument(node: ValueNode, variables: Record<string, unknown>): number | null {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === "number" ? value : null;
  }
  return null;
}

/** first/last above the ceiling, or a connection whose rows are read with neither. */
function checkPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  maxPageSize: number,
): LimitViolation | null {
  const typeInfo = new TypeInfo(schema);
  let violation: LimitViolation | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (violation) return false;
        const fieldDef = typeInfo.getFieldDef();
        if (!fieldDef) return undefined;
        const typeName = getNamedType(fieldDef.type).name;
        let pageSize: number | null = null;
        for (const arg of node.arguments ?? []) {
          if (arg.name.value === "offset") {
            const offset = intArgument(arg.value, variables);
            if (offset !== null && offset < 0) {
              violation = { status: 400, code: "INVALID_PAGE_SIZE", message: "offset cannot be negative" };
              return false;
            }
          }
          if ((arg.name.value === "after" || arg.name.value === "before") && isConnectionTypeName(typeName)) {
            const cursor =
              arg.value.kind === Kind.STRING
                ? arg.value.value
                : arg.value.kind === Kind.VARIABLE
                  ? variables[arg.value.name.value]
                  : null;
            if (typeof cursor === "string" && !isCursor(cursor)) {
              violation = {
                status: 400,
                code: "INVALID_CURSOR",
                message: `${node.name.value}(${arg.name.value}: …) is not a cursor this API gave out; use pageInfo's startCursor/endCursor or a node's cursor`,
              };
              return false;
            }
          }
          if (arg.name.value !== "first" && arg.name.value !== "last") continue;
          const value = intArgument(arg.value, variables);
          if (value !== null && value < 0) {
            violation = {
              status: 400,
              code: "INVALID_PAGE_SIZE",
              message: `${node.name.value}(${arg.name.value}: ${value}): a page size cannot be negative`,
            };
            return false;
          }
          if (value !== null && value > maxPageSize) {
            violation = {
              status: 400,
              code: "PAGE_TOO_LARGE",
              message: `${node.name.value}(${arg.name.value}: ${value}) asks for more than ${maxPageSize} rows at once; page with after/before instead`,
            };
            return false;
          }
          if (value !== null) pageSize = value;
        }
        if (isConnectionTypeName(typeName) && pageSize === null) {
          const readsRows = (node.selectionSet?.selections ?? []).some(
            (selection) =>
              selection.kind !== Kind.FIELD || selection.name.value === "nodes" || selection.name.value === "edges",
          );
          if (readsRows) {
            violation = {
              status: 400,
              code: "PAGINATION_REQUIRED",
              message: `${node.name.value} needs first or last (at most ${maxPageSize}) to read its nodes or edges`,
            };
            return false;
          }
        }
        return undefined;
      },
    }),
  );
  return violation;
}

/** Fields in a selection, each counted with everything below it (as simpleEstimator prices them: 1 a field). */
function countFields(selectionSet: SelectionSetNode | undefined): number {
  let count = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === "Field") count += 1 + countFields(selection.selectionSet);
    else if (selection.kind === "InlineFragment") count += countFields(selection.selectionSet);
    else count += 1;
  }
  return count;
}

// A connection costs its page size times what each node asks for; a field
// backed by a database function costs what it was measured to cost
// (field-costs.ts) more; grouped aggregates cost the most groups they may
// return times what each group asks for; other fields cost 1.
function makeEstimator(maxGroups: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity, node }) => {
    if (field.name === "groupedAggregates") return 1 + maxGroups * Math.max(childComplexity, 1);
    const fieldCost = FIELD_COSTS[`${type.name}.${field.name}`] ?? 0;
    if (!isConnectionTypeName(getNamedType(field.type).name))
      return fieldCost > 0 ? fieldCost + childComplexity : undefined;
    const first = typeof args.first === "number" ? args.first : null;
    const last = typeof args.last === "number" ? args.last : null;
    // The page size multiplies only what the nodes (or edges) ask for; connection-level fields (totalCount,
    // aggregates, groupedAggregates) are answered once per connection, so they are priced once. Their price is
    // recomputed from the selection here, as the estimators price it, and taken out of the children's total.
    // A fragment may hold nodes: it stays in the multiplied part.
    let connectionLevel = 0;
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== "Field" || selection.name.value === "nodes" || selection.name.value === "edges") continue;
      connectionLevel +=
        selection.name.value === "groupedAggregates"
          ? 1 + maxGroups * Math.max(countFields(selection.selectionSet), 1)
          : countFields({ kind: Kind.SELECTION_SET, selections: [selection] });
    }
    const perNode = Math.max(childComplexity - connectionLevel, 0);
    const pageSize = first ?? last ?? 1;
    return 1 + fieldCost + pageSize * Math.max(perNode, 1) + connectionLevel;
  };
}

export function checkQueryLimits(
  schema: GraphQLSchema,
  request: ShapedRequest,
  limits: Limits,
  role: string,
): LimitViolation | null {
  const { document, variables } = request;
  const operationName = request.operation.name?.value;

  const searches = searchesOf(request);
  if (searches > limits.maxSearches) {
    return {
      status: 400,
      code: "TOO_MANY_SEARCHES",
      message: `The operation runs ${searches} searches; the limit is ${limits.maxSearches} per request`,
    };
  }
  if ((request.fieldUses.get("groupedAggregates") ?? 0) > 0 && !GROUPING_ROLES.has(role)) {
    return {
      status: 403,
      code: "AGGREGATE_NOT_ALLOWED",
      message: "groupedAggregates is for analysts, stewards and admins (it lists the values it groups by)",
    };
  }

  const depthErrors = validate(schema, document, [
    depthLimit({
      maxDepth: limits.maxDepth,
      maxListDepth: Math.max(2, Math.floor(limits.maxDepth / 2)),
      // GraphiQL's own introspection query nests __Type.ofType deeply; it is
      // bounded by the library's introspection-specific limits instead.
      maxIntrospectionDepth: 16,
      maxDepthByFieldCoordinates: { "__Type.ofType": 10 },
      revealDetails: true,
    }),
  ]);
  if (depthErrors.length > 0) {
    return {
      status: 400,
      code: "QUERY_TOO_DEEP",
      message: `${depthErrors[0]?.message} (the limit is ${limits.maxDepth})`,
    };
  }

  const pageViolation = checkPageSizes(schema, document as DocumentNode, variables, limits.maxPageSize);
  if (pageViolation) return pageViolation;

  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName === undefined ? {} : { operationName }),
      estimators: [makeEstimator(limits.maxGroups), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // Invalid documents (unknown fields, bad variables) are reported by validation.
    return null;
  }
  if (cost > limits.maxCost) {
    return {
      status: 400,
      code: "QUERY_TOO_COSTLY",
      message: `The query could fetch about ${cost} objects; the limit is ${limits.maxCost}. Ask for smaller pages or fewer fields`,
    };
  }
  return null;
}

// Limits on what one GraphQL request may ask for: depth, page size and cost.
// They apply to every role but admin, and are checked before execution so a
// refused query costs the database nothing.
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  parse,
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

export interface LimitViolation {
  code: "QUERY_TOO_DEEP" | "PAGE_TOO_LARGE" | "PAGINATION_REQUIRED" | "QUERY_TOO_COSTLY";
  message: string;
}

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
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
          if (arg.name.value !== "first" && arg.name.value !== "last") continue;
          const value = intArgument(arg.value, variables);
          if (value !== null && value > maxPageSize) {
            violation = {
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

// A connection costs its page size times what each node asks for; other fields cost 1.
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isConnectionTypeName(getNamedType(field.type).name)) return undefined;
  const first = typeof args.first === "number" ? args.first : null;
  const last = typeof args.last === "number" ? args.last : null;
  const pageSize = first ?? last ?? 1;
  return 1 + pageSize * Math.max(childComplexity, 1);
};

export function checkQueryLimits(
  schema: GraphQLSchema,
  body: GraphQLRequestBody,
  limits: Limits,
): LimitViolation | null {
  if (typeof body.query !== "string") return null;
  let document: DocumentNode;
  try {
    document = parse(body.query, { maxTokens: 20_000 });
  } catch (error) {
    // Syntax errors are reported by the GraphQL server itself; a document too
    // big to tokenise is a cost problem.
    if (error instanceof GraphQLError && /token limit/i.test(error.message)) {
      return { code: "QUERY_TOO_COSTLY", message: "The query document is too large" };
    }
    return null;
  }
  const variables =
    body.variables && typeof body.variables === "object" ? (body.variables as Record<string, unknown>) : {};
  const operationName = typeof body.operationName === "string" ? body.operationName : undefined;

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
    return { code: "QUERY_TOO_DEEP", message: `${depthErrors[0]?.message} (the limit is ${limits.maxDepth})` };
  }

  const pageViolation = checkPageSizes(schema, document, variables, limits.maxPageSize);
  if (pageViolation) return pageViolation;

  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName === undefined ? {} : { operationName }),
      estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // Invalid documents (unknown fields, bad variables) are reported by the server.
    return null;
  }
  if (cost > limits.maxCost) {
    return {
      code: "QUERY_TOO_COSTLY",
      message: `The query could fetch about ${cost} objects; the limit is ${limits.maxCost}. Ask for smaller pages or fewer fields`,
    };
  }
  return null;
}

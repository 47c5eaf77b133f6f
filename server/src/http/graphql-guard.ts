// In front of /graphql: body size by role, then the request's shape (one
// JSON object, a query, an operation that exists and is not a subscription, a
// document small and shallow enough to parse and plan quickly), validation,
// then the query limits. Admins are exempt from the limits (they run the
// registry), not from the shape. Every refusal is a 4xx with a stable code in
// extensions.code, answered before anything reaches the database.
import express, { type NextFunction, type Request, type Response } from "express";
import { getVariableValues, specifiedRules, validate, type GraphQLError, type GraphQLSchema } from "graphql";
import type { Limits } from "../config/env.ts";
import { checkQueryLimits, searchesOf } from "../graphql/query-limits.ts";
import { shapeRequest, type RequestViolation } from "../graphql/request-shape.ts";
import { loginUsernameOf } from "./login-throttle.ts";

const ADMIN_MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Admins' documents are not limited by field count, only bounded against abuse of the parser. */
const ADMIN_MAX_FIELDS = 100_000;

declare module "express-serve-static-core" {
  interface Request {
    /** Searches the GraphQL operation runs (set by the guard; the rate limiter charges them). */
    graphqlSearches?: number;
  }
}

function send(res: Response, violation: RequestViolation): void {
  res.status(violation.status).json({ errors: [{ message: violation.message, extensions: { code: violation.code } }] });
}

/** graphql-js suggests names it knows ("Did you mean …?"): strangers get no map of the schema. */
function withoutSuggestions(message: string): string {
  return message.replace(/ Did you mean .*$/s, "");
}

function sendErrors(res: Response, code: string, errors: readonly GraphQLError[], anonymous: boolean): void {
  res.status(400).json({
    errors: errors.map((error) => ({
      message: anonymous ? withoutSuggestions(error.message) : error.message,
      ...(error.locations ? { locations: error.locations } : {}),
      extensions: { code },
    })),
  });
}

export function makeGraphQLGuard(limits: Limits, getSchema: () => Promise<GraphQLSchema>) {
  const parsers = (limit: number) => [
    express.json({ limit, type: ["application/json", "application/graphql-response+json"] }),
    express.text({ limit, type: "application/graphql" }),
  ];
  const visitorParsers = parsers(limits.maxBodyBytes);
  const adminParsers = parsers(ADMIN_MAX_BODY_BYTES);

  function parseBody(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== "POST") return next();
    const [json, text] = req.identity?.role === "admin" ? adminParsers : visitorParsers;
    json!(req, res, (error?: unknown) => (error ? next(error) : text!(req, res, next)));
  }

  async function enforceLimits(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (req.method === "GET" || req.method === "HEAD") {
      res.set("Allow", "POST");
      return send(res, { status: 405, code: "METHOD_NOT_ALLOWED", message: "Send GraphQL requests with POST" });
    }
    if (req.method !== "POST") return next();
    if (req.body === undefined) {
      return send(res, {
        status: 415,
        code: "UNSUPPORTED_MEDIA_TYPE",
        message: "Send the request as application/json (or application/graphql)",
      });
    }
    const role = req.identity?.role ?? "anonymous";
    const anonymous = role === "anonymous";
    const shaped = shapeRequest(req.body, { maxFields: role === "admin" ? ADMIN_MAX_FIELDS : limits.maxFields });
    if (!shaped.ok) return send(res, shaped.violation);
    const request = shaped.request;
    if ((request.fieldUses.get("login") ?? 0) > 1) {
      return send(res, { status: 400, code: "TOO_MANY_LOGINS", message: "One login per request" });
    }
    if (anonymous && request.introspects) {
      return send(res, {
        status: 403,
        code: "INTROSPECTION_DISABLED",
        message: "Log in to read the schema (GraphiQL uses your login)",
      });
    }
    try {
      const schema = await getSchema();
      const validationErrors = validate(schema, request.document, specifiedRules, { maxErrors: 20 });
      if (validationErrors.length > 0) return sendErrors(res, "GRAPHQL_VALIDATION_FAILED", validationErrors, anonymous);
      const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], request.variables, {
        maxErrors: 20,
      });
      if (coerced.errors) return sendErrors(res, "INVALID_VARIABLES", coerced.errors, anonymous);
      if (role !== "admin") {
        const violation = checkQueryLimits(schema, { ...request, variables: coerced.coerced }, limits, role);
        if (violation) return send(res, violation);
      }
      req.graphqlSearches = searchesOf(request);
      const username = request.fieldUses.has("login")
        ? loginUsernameOf({ ...request, variables: coerced.coerced })
        : null;
      if (username !== null) req.loginUsername = username;
      next();
    } catch (error) {
      next(error);
    }
  }

  return [parseBody, enforceLimits];
}

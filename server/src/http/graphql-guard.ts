// In front of /graphql: body size by role, then the query limits. Admins are
// exempt from the limits (they run the registry); everyone else gets a clear
// error with a stable code before anything reaches the database.
import express, { type NextFunction, type Request, type Response } from "express";
import type { GraphQLSchema } from "graphql";
import type { Limits } from "../config/env.ts";
import { checkQueryLimits, type GraphQLRequestBody } from "../graphql/query-limits.ts";

const ADMIN_MAX_BODY_BYTES = 10 * 1024 * 1024;

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
    if (req.method !== "POST" || req.identity?.role === "admin") return next();
    const body: GraphQLRequestBody | undefined =
      typeof req.body === "string" ? { query: req.body } : (req.body as GraphQLRequestBody | undefined);
    if (!body || typeof body !== "object") return next();
    try {
      const violation = checkQueryLimits(await getSchema(), body, limits);
      if (violation) {
        res.status(400).json({ errors: [{ message: violation.message, extensions: { code: violation.code } }] });
        return;
      }
      next();
    } catch (error) {
      next(error);
    }
  }

  return [parseBody, enforceLimits];
}

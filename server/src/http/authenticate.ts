// Express middleware: attaches the caller's Identity to the request, or
// answers HTTP 401 with a JSON body when a token is presented but not valid.
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { AuthenticationError, type Identity } from "../auth/identity.ts";
import type { TokenVerifier } from "../auth/verify-token.ts";
import { sendError, sendInvalidToken } from "./http-errors.ts";

declare module "express-serve-static-core" {
  interface Request {
    identity?: Identity;
  }
}

export function makeAuthenticate(verifier: TokenVerifier, logger: Logger) {
  return async function authenticate(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      req.identity = await verifier.identify(req.headers.authorization);
      next();
    } catch (error) {
      if (error instanceof AuthenticationError) {
        sendInvalidToken(res, error.code, error.message);
        return;
      }
      logger.error({ err: error }, "token verification failed unexpectedly");
      sendError(res, 503, "SERVICE_UNAVAILABLE", "Could not check the token right now; try again");
    }
  };
}

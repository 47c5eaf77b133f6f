// Express middleware: attaches the caller's Identity to the request, or
// answers HTTP 401 with a JSON body when a token is presented but not valid.
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { AuthenticationError, type Identity } from "../auth/identity.ts";
import type { TokenVerifier } from "../auth/verify-token.ts";

declare module "express-serve-static-core" {
  interface Request {
    identity?: Identity;
  }
}

export function sendUnauthenticated(res: Response, code: string, message: string): void {
  res
    .status(401)
    .set("WWW-Authenticate", `Bearer error="invalid_token", error_description="${message.replace(/"/g, "'")}"`)
    .set("Cache-Control", "no-store")
    .json({ errors: [{ message, extensions: { code } }] });
}

export function makeAuthenticate(verifier: TokenVerifier, logger: Logger) {
  return async function authenticate(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      req.identity = await verifier.identify(req.headers.authorization);
      next();
    } catch (error) {
      if (error instanceof AuthenticationError) {
        sendUnauthenticated(res, error.code, error.message);
        return;
      }
      logger.error({ err: error }, "token verification failed unexpectedly");
      res.status(503).json({
        errors: [
          { message: "Could not check the token right now; try again", extensions: { code: "SERVICE_UNAVAILABLE" } },
        ],
      });
    }
  };
}

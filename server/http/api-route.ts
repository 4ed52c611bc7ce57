/**
 * Wraps a public API route handler (`/video/v1`, `/system/v1`, `/data/v1`): Basic auth with the
 * needed token permission, `{ "data": … }` envelopes, and Mux-shaped errors
 * `{ "error": { "type", "messages" } }` with the status from server/errors.ts.
 */
import { ZodError } from "zod";
import { authenticateRequest, type ApiPrincipal } from "@/server/auth/authenticate-request";
import type { TokenPermission } from "@/server/auth/schemas";
import { AppError, toPublicError } from "@/server/errors";

type RouteContext<P> = { params: Promise<P> };

export function errorResponse(error: unknown): Response {
  const appError =
    error instanceof ZodError
      ? new AppError({
          code: "invalid_parameters",
          message: "Invalid parameters",
          messages: error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)),
        })
      : toPublicError(error);
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (appError.code === "unauthorized") headers["WWW-Authenticate"] = 'Basic realm="Keyframe API"';
  return Response.json({ error: { type: appError.code, messages: appError.messages } }, { status: appError.status, headers });
}

export function dataResponse(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json({ data }, { status: init.status ?? 200, headers: { "Cache-Control": "no-store", ...init.headers } });
}

export function apiRoute<P = Record<string, never>>(
  permission: TokenPermission | null,
  handler: (ctx: { req: Request; principal: ApiPrincipal; params: P }) => Promise<Response>,
) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const principal = await authenticateRequest(req.headers, permission ?? undefined);
      return await handler({ req, principal, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

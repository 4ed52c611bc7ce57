/**
 * Wraps a public API route handler (`/video/v1`, `/system/v1`, `/data/v1`): Basic auth with the
 * needed token permission, a per-token rate limit (RateLimit-* headers, 429 + Retry-After),
 * Idempotency-Key on POST (first response replayed for 24 h), `{ "data": … }` envelopes, and
 * Mux-shaped errors `{ "error": { "type", "messages" } }` with the status from server/errors.ts.
 */
import { ZodError } from "zod";
import { authenticateRequest, type ApiPrincipal } from "@/server/auth/authenticate-request";
import type { TokenPermission } from "@/server/auth/schemas";
import { AppError, toPublicError } from "@/server/errors";
import { consumeRateLimit, rateLimitHeaders, type RateLimitState } from "./consume-rate-limit";
import { readCappedText } from "./read-capped-text";
import { runIdempotently } from "./run-idempotently";

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
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...appError.headers };
  if (appError.code === "unauthorized") headers["WWW-Authenticate"] = 'Basic realm="Keyframe API"';
  return Response.json({ error: { type: appError.code, messages: appError.messages } }, { status: appError.status, headers });
}

export function dataResponse(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json({ data }, { status: init.status ?? 200, headers: { "Cache-Control": "no-store", ...init.headers } });
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const out = new Response(response.body, response);
  for (const [name, value] of Object.entries(headers)) out.headers.set(name, value);
  return out;
}

export function apiRoute<P = Record<string, never>>(
  permission: TokenPermission | null,
  handler: (ctx: { req: Request; principal: ApiPrincipal; params: P }) => Promise<Response>,
) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    let limit: RateLimitState | null = null;
    try {
      const principal = await authenticateRequest(req.headers, permission ?? undefined);
      limit = await consumeRateLimit(principal.tokenId);
      const params = await context.params;
      const key = req.headers.get("idempotency-key");
      if (req.method !== "POST" || !key) return withHeaders(await handler({ req, principal, params }), rateLimitHeaders(limit));
      // The body is read once here (capped), hashed, and handed to the handler as a fresh request.
      const body = await readCappedText(req);
      const replayable = new Request(req.url, { method: req.method, headers: req.headers, body });
      const response = await runIdempotently({ tokenId: principal.tokenId, key, req, body, run: () => handler({ req: replayable, principal, params }).catch(errorResponse) });
      return withHeaders(response, rateLimitHeaders(limit));
    } catch (error) {
      const response = errorResponse(error);
      return limit && response.status !== 429 ? withHeaders(response, rateLimitHeaders(limit)) : response;
    }
  };
}

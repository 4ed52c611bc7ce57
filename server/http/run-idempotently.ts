import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { apiIdempotencyKeys } from "@/server/db/schema";
import { AppError } from "@/server/errors";

const dayMs = 86_400_000;
const conflict = (message: string) => new AppError({ code: "conflict", message });

/**
 * POST with an Idempotency-Key: the first request runs and its response (any status below 500)
 * is stored for 24 h per access token; a repeat with the same key and the same method, path and
 * body gets that response again (`Idempotent-Replayed: true`). The same key with a different
 * request, or while the first is still running, is a 409 conflict. A 5xx is not stored, so the
 * client may retry with the same key.
 */
export async function runIdempotently(input: { tokenId: string; key: string; req: Request; body: string; run: () => Promise<Response> }): Promise<Response> {
  if (input.key.length > 255) throw new AppError({ code: "invalid_parameters", message: "Idempotency-Key must be at most 255 characters" });
  const url = new URL(input.req.url);
  const requestHash = createHash("sha256").update(`${input.req.method}\n${url.pathname}\n${input.body}`).digest("hex");
  const db = await getDb();
  const id = and(eq(apiIdempotencyKeys.tokenId, input.tokenId), eq(apiIdempotencyKeys.key, input.key));
  await db.delete(apiIdempotencyKeys).where(and(id, lt(apiIdempotencyKeys.createdAt, new Date(Date.now() - dayMs))));

  const claimed = await db.insert(apiIdempotencyKeys).values({ tokenId: input.tokenId, key: input.key, requestHash }).onConflictDoNothing().returning();
  if (!claimed.length) {
    const first = await db.query.apiIdempotencyKeys.findFirst({ where: id });
    if (!first) throw conflict("A request with this Idempotency-Key just failed; retry it");
    if (first.requestHash !== requestHash) throw conflict("This Idempotency-Key was already used with a different request (method, path or body)");
    if (first.status === null) throw conflict("A request with this Idempotency-Key is still being processed; retry shortly");
    return new Response(first.body, { status: first.status, headers: { ...first.headers, "Idempotent-Replayed": "true" } });
  }

  let response: Response;
  try {
    response = await input.run();
  } catch (error) {
    await db.delete(apiIdempotencyKeys).where(id);
    throw error;
  }
  if (response.status >= 500) {
    await db.delete(apiIdempotencyKeys).where(id);
    return response;
  }
  const body = await response.text();
  const headers = Object.fromEntries([...response.headers].filter(([name]) => /^(content-type|cache-control|location)$/i.test(name)));
  await db.update(apiIdempotencyKeys).set({ status: response.status, headers, body }).where(id);
  return new Response(body, { status: response.status, headers: response.headers });
}

import { lt, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { apiRateLimitWindows } from "@/server/db/schema";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  reset: number;
}

/** RateLimit-* headers for a response (draft-ietf-httpapi-ratelimit-headers). */
export const rateLimitHeaders = (s: RateLimitState): Record<string, string> => ({
  "RateLimit-Limit": String(s.limit),
  "RateLimit-Remaining": String(s.remaining),
  "RateLimit-Reset": String(s.reset),
});

/**
 * Counts one request against the token's fixed window (API_RATE_LIMIT per
 * API_RATE_LIMIT_WINDOW_SECONDS) in the database, so every web process shares the count. Over the
 * limit: a 429 AppError carrying the headers and Retry-After.
 */
export async function consumeRateLimit(tokenId: string, now = new Date()): Promise<RateLimitState> {
  const windowMs = env.API_RATE_LIMIT_WINDOW_SECONDS * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const db = await getDb();
  const [row] = await db
    .insert(apiRateLimitWindows)
    .values({ tokenId, windowStart: start, count: 1 })
    .onConflictDoUpdate({ target: [apiRateLimitWindows.tokenId, apiRateLimitWindows.windowStart], set: { count: sql`${apiRateLimitWindows.count} + 1` } })
    .returning({ count: apiRateLimitWindows.count });
  // Old windows are useless; about one request in a hundred sweeps them.
  if (Math.random() < 0.01) void db.delete(apiRateLimitWindows).where(lt(apiRateLimitWindows.windowStart, new Date(start.getTime() - windowMs))).catch(() => undefined);
  const state = {
    limit: env.API_RATE_LIMIT,
    remaining: Math.max(env.API_RATE_LIMIT - row!.count, 0),
    reset: Math.max(Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000), 1),
  };
  if (row!.count > env.API_RATE_LIMIT) {
    throw new AppError({
      code: "rate_limited",
      message: `Too many requests for this access token: ${env.API_RATE_LIMIT} per ${env.API_RATE_LIMIT_WINDOW_SECONDS} s. Retry after ${state.reset} s.`,
      headers: { ...rateLimitHeaders(state), "Retry-After": String(state.reset) },
    });
  }
  return state;
}

/**
 * Public API bookkeeping shared by every web process: fixed-window request counters per access
 * token (rate limits) and stored first responses of POSTs sent with an Idempotency-Key.
 */
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { accessTokens } from "./identity";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const apiRateLimitWindows = pgTable(
  "api_rate_limit_windows",
  {
    tokenId: text("token_id").notNull().references(() => accessTokens.id, { onDelete: "cascade" }),
    windowStart: ts("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.windowStart] }), index("api_rate_limit_windows_start_idx").on(t.windowStart)],
);

export const apiIdempotencyKeys = pgTable(
  "api_idempotency_keys",
  {
    tokenId: text("token_id").notNull().references(() => accessTokens.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** sha256 of method, path and body: the same key with another request is refused. */
    requestHash: text("request_hash").notNull(),
    /** null while the first request is still running. */
    status: integer("status"),
    headers: jsonb("headers").$type<Record<string, string>>(),
    body: text("body"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index("api_idempotency_keys_created_idx").on(t.createdAt)],
);

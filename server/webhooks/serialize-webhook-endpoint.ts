import type { webhookEndpoints } from "@/server/db/schema";
import { unixSeconds } from "@/server/assets/serialize-asset";

type Endpoint = typeof webhookEndpoints.$inferSelect;

/** A webhook endpoint as the API returns it; the secret only when asked (create, rotate, reveal). */
export function serializeWebhookEndpoint(row: Endpoint, options: { withSecret?: boolean } = {}) {
  return {
    id: row.id,
    url: row.url,
    description: row.description ?? undefined,
    events: row.events,
    enabled: row.enabled,
    secret: options.withSecret ? row.secret : undefined,
    failure_streak: row.failureStreak,
    failing_since: unixSeconds(row.failingSince),
    last_success_at: unixSeconds(row.lastSuccessAt),
    disabled_reason: row.disabledReason ?? undefined,
    disabled_at: unixSeconds(row.disabledAt),
    created_at: unixSeconds(row.createdAt),
  };
}

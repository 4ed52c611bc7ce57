import { unixSeconds } from "@/server/assets/serialize-asset";
import type { WebhookDeliveryWithAttempts } from "./list-webhook-deliveries";

/** One delivery in the log as the API returns it: event, status, next attempt and every attempt. */
export function serializeWebhookDelivery({ delivery, event, attempts }: WebhookDeliveryWithAttempts) {
  return {
    id: delivery.id,
    event_id: event.id,
    event_type: event.type,
    object: { type: event.objectType, id: event.objectId },
    status: delivery.status,
    attempts_made: delivery.attempts,
    last_status_code: delivery.lastStatusCode ?? undefined,
    last_latency_ms: delivery.lastLatencyMs ?? undefined,
    last_error: delivery.lastError ?? undefined,
    next_attempt_at: unixSeconds(delivery.nextAttemptAt),
    delivered_at: unixSeconds(delivery.deliveredAt),
    replay_of: delivery.replayOf ?? undefined,
    created_at: unixSeconds(delivery.createdAt),
    attempts: attempts.map((a) => ({
      attempt: a.attempt,
      status_code: a.statusCode ?? undefined,
      latency_ms: a.latencyMs,
      response_snippet: a.responseSnippet ?? undefined,
      error: a.error ?? undefined,
      created_at: unixSeconds(a.createdAt),
    })),
  };
}

import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { webhookEndpoints } from "@/server/db/schema";
import { env } from "@/server/env";

const hours = (ms: number) => (ms >= 3_600_000 ? `${Math.round(ms / 360_000) / 10} h` : ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`);

/**
 * Keeps an endpoint's health after an attempt: a success clears the failure streak; a failure
 * extends it, and once it has lasted WEBHOOK_DISABLE_AFTER_FAILURES attempts over at least
 * WEBHOOK_DISABLE_AFTER_MS, the endpoint is disabled with a reason the console shows.
 * Returns whether this failure disabled it.
 */
export async function recordEndpointOutcome(input: { endpointId: string; ok: boolean; problem?: string }): Promise<{ disabled: boolean }> {
  const db = await getDb();
  if (input.ok) {
    await db.update(webhookEndpoints).set({ failureStreak: 0, failingSince: null, lastSuccessAt: sql`now()` }).where(eq(webhookEndpoints.id, input.endpointId));
    return { disabled: false };
  }
  const [row] = await db
    .update(webhookEndpoints)
    .set({ failureStreak: sql`${webhookEndpoints.failureStreak} + 1`, failingSince: sql`coalesce(${webhookEndpoints.failingSince}, now())` })
    .where(eq(webhookEndpoints.id, input.endpointId))
    .returning();
  if (!row || !row.enabled || !row.failingSince) return { disabled: false };
  const failingFor = Date.now() - row.failingSince.getTime();
  if (row.failureStreak < env.WEBHOOK_DISABLE_AFTER_FAILURES || failingFor < env.WEBHOOK_DISABLE_AFTER_MS) return { disabled: false };
  const reason = `Disabled automatically after ${row.failureStreak} failed deliveries in a row over ${hours(failingFor)} (last: ${input.problem ?? "error"}). Fix the receiver, then enable the endpoint again.`;
  const disabled = await db
    .update(webhookEndpoints)
    .set({ enabled: false, disabledReason: reason, disabledAt: sql`now()` })
    .where(and(eq(webhookEndpoints.id, input.endpointId), eq(webhookEndpoints.enabled, true)))
    .returning({ id: webhookEndpoints.id });
  if (disabled.length) console.warn(`[webhooks] endpoint ${input.endpointId} (${row.url}): ${reason}`);
  return { disabled: disabled.length > 0 };
}

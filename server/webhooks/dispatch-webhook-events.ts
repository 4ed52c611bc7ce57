import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { webhookDeliveries, webhookEndpoints, webhookEvents } from "@/server/db/schema";
import { newId } from "@/server/ids";

/**
 * Fans out an object's recorded, not yet dispatched webhook events (oldest first) into one
 * pending delivery per enabled endpoint whose filter matches. Each event is dispatched once, even
 * with fan-outs for the same object running at the same time (row locks, skip locked).
 * Returns the new deliveries' ids.
 */
export async function dispatchWebhookEvents(input: { workspaceId: string; objectId: string }): Promise<string[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const pending = await tx
      .select()
      .from(webhookEvents)
      .where(and(eq(webhookEvents.workspaceId, input.workspaceId), eq(webhookEvents.objectId, input.objectId), isNull(webhookEvents.dispatchedAt)))
      .orderBy(asc(webhookEvents.seq))
      .for("update", { skipLocked: true });
    if (!pending.length) return [];
    const endpoints = await tx
      .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.workspaceId, input.workspaceId), eq(webhookEndpoints.enabled, true)));
    const rows = pending.flatMap((event) =>
      endpoints
        .filter((e) => !e.events.length || e.events.includes(event.type))
        .map((e) => ({ id: newId(), workspaceId: input.workspaceId, endpointId: e.id, eventId: event.id, eventSeq: event.seq, objectId: event.objectId })),
    );
    if (rows.length) await tx.insert(webhookDeliveries).values(rows);
    await tx.update(webhookEvents).set({ dispatchedAt: new Date() }).where(inArray(webhookEvents.id, pending.map((e) => e.id)));
    return rows.map((r) => r.id);
  });
}

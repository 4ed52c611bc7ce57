import { and, eq } from "drizzle-orm";
import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { webhookDeliveries, webhookEvents } from "@/server/db/schema";
import { AppError, notFound } from "@/server/errors";
import { newId } from "@/server/ids";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint-or-throw";
import type { WebhookDeliveryWithAttempts } from "./list-webhook-deliveries";

/**
 * Sends a delivered or failed event to its endpoint again, as a new delivery (same envelope id,
 * so receivers can tell it is a repeat) with its own attempts and retries.
 */
export async function replayWebhookDelivery(input: { endpointId: string; deliveryId: string; workspaceId: string }): Promise<WebhookDeliveryWithAttempts> {
  const endpoint = await getWebhookEndpointOrThrow(input);
  if (!endpoint.enabled) throw new AppError({ code: "conflict", message: "Enable the endpoint before replaying deliveries to it" });
  const db = await getDb();
  const original = await db.query.webhookDeliveries.findFirst({
    where: and(eq(webhookDeliveries.id, input.deliveryId), eq(webhookDeliveries.endpointId, endpoint.id)),
  });
  if (!original) throw notFound("Webhook delivery");
  const [replay] = await db
    .insert(webhookDeliveries)
    .values({ id: newId(), workspaceId: original.workspaceId, endpointId: endpoint.id, eventId: original.eventId, eventSeq: original.eventSeq, objectId: original.objectId, replayOf: original.id })
    .returning();
  await inngest.send(events.webhookDeliveryRequested.create({ deliveryId: replay!.id }, { id: `webhook-delivery:${replay!.id}` }));
  const event = await db.query.webhookEvents.findFirst({ where: eq(webhookEvents.id, original.eventId) });
  return { delivery: replay!, event: event!, attempts: [] };
}

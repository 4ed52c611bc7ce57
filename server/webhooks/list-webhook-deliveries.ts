import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { webhookAttempts, webhookDeliveries, webhookEvents } from "@/server/db/schema";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint-or-throw";
import { listWebhookDeliveriesSchema } from "./schemas";
import type { z } from "zod";

/** An endpoint's delivery log, newest first, each delivery with its event and every attempt. */
export async function listWebhookDeliveries(input: { endpointId: string; workspaceId: string } & z.input<typeof listWebhookDeliveriesSchema>) {
  const { endpointId, workspaceId, ...query } = input;
  const q = listWebhookDeliveriesSchema.parse(query);
  await getWebhookEndpointOrThrow({ endpointId, workspaceId });
  const db = await getDb();
  const rows = await db
    .select({ delivery: webhookDeliveries, event: { id: webhookEvents.id, type: webhookEvents.type, objectType: webhookEvents.objectType, objectId: webhookEvents.objectId, createdAt: webhookEvents.createdAt } })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(and(eq(webhookDeliveries.endpointId, endpointId), q.status ? eq(webhookDeliveries.status, q.status) : undefined))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.eventSeq))
    .limit(q.limit)
    .offset((q.page - 1) * q.limit);
  const attempts = rows.length
    ? await db.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, rows.map((r) => r.delivery.id))).orderBy(asc(webhookAttempts.attempt))
    : [];
  return rows.map((r) => ({ ...r, attempts: attempts.filter((a) => a.deliveryId === r.delivery.id) }));
}

export type WebhookDeliveryWithAttempts = Awaited<ReturnType<typeof listWebhookDeliveries>>[number];

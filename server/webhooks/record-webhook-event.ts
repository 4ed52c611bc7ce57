import { randomUUID } from "node:crypto";
import { getDb } from "@/server/db/client";
import { webhookEvents } from "@/server/db/schema";
import { snapshotWebhookData } from "./snapshot-webhook-data";
import { isDomainEventName, webhookEventTypes } from "./webhook-event-types";

/**
 * Records the webhook event for a domain event at the moment it is emitted (a transactional-style
 * outbox): `seq` then follows the order in which state changed, which is the order deliveries of
 * one object keep, and `data` is the resource as it was then. Idempotent per dedupe key, so a
 * retried step or a re-emitted `created` records once. Domain events with no webhook type are skipped.
 */
export async function recordWebhookEvent(input: {
  eventName: string;
  objectId: string;
  workspaceId: string;
  /** The emit's id suffix (distinguishes repeatable events such as updates). */
  suffix?: string;
  lastKnown?: unknown;
}): Promise<void> {
  if (!isDomainEventName(input.eventName)) return;
  const spec = webhookEventTypes[input.eventName];
  const data = await snapshotWebhookData({ objectType: spec.object, objectId: input.objectId, workspaceId: input.workspaceId, lastKnown: input.lastKnown });
  const dedupeKey = `${spec.type}:${input.objectId}${spec.repeatable ? (input.suffix ?? "") : ""}`;
  const db = await getDb();
  await db
    .insert(webhookEvents)
    .values({ id: randomUUID(), workspaceId: input.workspaceId, type: spec.type, objectType: spec.object, objectId: input.objectId, data, dedupeKey })
    .onConflictDoNothing({ target: webhookEvents.dedupeKey });
}

import { z } from "zod";
import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { dispatchWebhookEvents } from "@/server/webhooks/dispatch-webhook-events";
import { recordWebhookEvent } from "@/server/webhooks/record-webhook-event";
import { webhookEventTypes } from "@/server/webhooks/webhook-event-types";

const domainEventData = z.object({ workspaceId: z.string(), assetId: z.string().optional(), uploadId: z.string().optional(), liveStreamId: z.string().optional() });

/**
 * Every domain event with a webhook type (server/webhooks/webhook-event-types) → one pending
 * delivery per matching endpoint, then one webhooks/delivery.requested per delivery. The webhook
 * event itself was recorded when the state changed (emitAssetEvent/emitUploadEvent); events sent
 * some other way are recorded here, once.
 */
export const webhooksFanOut = inngest.createFunction(
  { id: "webhooks-fan-out", retries: 3, triggers: Object.keys(webhookEventTypes).map((event) => ({ event })) },
  async ({ event, step }) => {
    const data = domainEventData.parse(event.data);
    const objectId = data.assetId ?? data.uploadId ?? data.liveStreamId;
    if (!objectId) return { deliveries: 0 };
    const deliveryIds = await step.run("dispatch", async () => {
      const spec = webhookEventTypes[event.name as keyof typeof webhookEventTypes];
      if (spec && !spec.repeatable) await recordWebhookEvent({ eventName: event.name, objectId, workspaceId: data.workspaceId });
      return dispatchWebhookEvents({ workspaceId: data.workspaceId, objectId });
    });
    if (deliveryIds.length) {
      await step.sendEvent(
        "request-deliveries",
        deliveryIds.map((deliveryId) => events.webhookDeliveryRequested.create({ deliveryId }, { id: `webhook-delivery:${deliveryId}` })),
      );
    }
    return { deliveries: deliveryIds.length };
  },
);

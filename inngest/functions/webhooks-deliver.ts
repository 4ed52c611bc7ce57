import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { env } from "@/server/env";
import { attemptWebhookDelivery } from "@/server/webhooks/attempt-webhook-delivery";

/**
 * webhooks/delivery.requested → attempts until delivered, failed for good (the retry window,
 * about 24 h, ran out) or cancelled (endpoint disabled or deleted). Backoff is a durable sleep
 * inside this one run. A delivery whose object has an earlier event still pending to the same
 * endpoint waits for that one's webhooks/delivery.settled (re-checking every
 * WEBHOOK_ORDER_RECHECK_MS), which keeps each object's events in order.
 */
export const webhooksDeliver = inngest.createFunction(
  { id: "webhooks-deliver", retries: 5, triggers: [events.webhookDeliveryRequested] },
  async ({ event, step }) => {
    const { deliveryId } = event.data;
    for (let round = 1; ; round++) {
      const result = await step.run(`attempt-${round}`, () => attemptWebhookDelivery(deliveryId));
      if (result.outcome === "blocked") {
        await step.waitForEvent(`after-${result.blockerId}-${round}`, {
          event: events.webhookDeliverySettled.name,
          if: `async.data.deliveryId == '${result.blockerId}'`,
          timeout: `${Math.ceil(env.WEBHOOK_ORDER_RECHECK_MS / 1000)}s`,
        });
      } else if (result.outcome === "retry") {
        await step.sleep(`backoff-${round}`, result.delayMs);
      } else {
        await step.sendEvent("settled", events.webhookDeliverySettled.create({ deliveryId, status: result.outcome }));
        return result;
      }
    }
  },
);

import { apiRoute, dataResponse } from "@/server/http/api-route";
import { replayWebhookDelivery } from "@/server/webhooks/replay-webhook-delivery";
import { serializeWebhookDelivery } from "@/server/webhooks/serialize-webhook-delivery";

// POST /system/v1/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/replay – send that event again
export const POST = apiRoute<{ endpointId: string; deliveryId: string }>("system", async ({ principal, params }) =>
  dataResponse(serializeWebhookDelivery(await replayWebhookDelivery({ ...params, workspaceId: principal.workspaceId })), { status: 201 }),
);

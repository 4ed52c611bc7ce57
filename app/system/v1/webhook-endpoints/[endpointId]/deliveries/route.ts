import { apiRoute, dataResponse } from "@/server/http/api-route";
import { listWebhookDeliveries } from "@/server/webhooks/list-webhook-deliveries";
import { listWebhookDeliveriesSchema } from "@/server/webhooks/schemas";
import { serializeWebhookDelivery } from "@/server/webhooks/serialize-webhook-delivery";

// GET /system/v1/webhook-endpoints/{endpointId}/deliveries – the delivery log, newest first, with every attempt
export const GET = apiRoute<{ endpointId: string }>("system", async ({ req, principal, params }) => {
  const query = listWebhookDeliveriesSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const rows = await listWebhookDeliveries({ ...params, workspaceId: principal.workspaceId, ...query });
  return dataResponse(rows.map(serializeWebhookDelivery));
});

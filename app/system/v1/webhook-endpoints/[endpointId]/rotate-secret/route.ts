import { apiRoute, dataResponse } from "@/server/http/api-route";
import { rotateWebhookSecret } from "@/server/webhooks/rotate-webhook-secret";
import { serializeWebhookEndpoint } from "@/server/webhooks/serialize-webhook-endpoint";

// POST /system/v1/webhook-endpoints/{endpointId}/rotate-secret – a new signing secret, in this response
export const POST = apiRoute<{ endpointId: string }>("system", async ({ principal, params }) =>
  dataResponse(serializeWebhookEndpoint(await rotateWebhookSecret({ ...params, workspaceId: principal.workspaceId }), { withSecret: true })),
);

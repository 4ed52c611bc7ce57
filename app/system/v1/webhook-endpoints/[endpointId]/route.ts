import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { deleteWebhookEndpoint } from "@/server/webhooks/delete-webhook-endpoint";
import { getWebhookEndpointOrThrow } from "@/server/webhooks/get-webhook-endpoint-or-throw";
import { updateWebhookEndpointSchema } from "@/server/webhooks/schemas";
import { serializeWebhookEndpoint } from "@/server/webhooks/serialize-webhook-endpoint";
import { updateWebhookEndpoint } from "@/server/webhooks/update-webhook-endpoint";

type Params = { endpointId: string };

// GET /system/v1/webhook-endpoints/{endpointId} – one endpoint, with its signing secret
export const GET = apiRoute<Params>("system", async ({ principal, params }) =>
  dataResponse(serializeWebhookEndpoint(await getWebhookEndpointOrThrow({ ...params, workspaceId: principal.workspaceId }), { withSecret: true })),
);

// PATCH /system/v1/webhook-endpoints/{endpointId} – change url, events, description or enabled
export const PATCH = apiRoute<Params>("system", async ({ req, principal, params }) => {
  const body = updateWebhookEndpointSchema.parse(await readJsonBody(req));
  return dataResponse(serializeWebhookEndpoint(await updateWebhookEndpoint({ ...params, workspaceId: principal.workspaceId, body })));
});

// DELETE /system/v1/webhook-endpoints/{endpointId} – remove the endpoint and its delivery log
export const DELETE = apiRoute<Params>("system", async ({ principal, params }) => {
  await deleteWebhookEndpoint({ ...params, workspaceId: principal.workspaceId });
  return new Response(null, { status: 204 });
});

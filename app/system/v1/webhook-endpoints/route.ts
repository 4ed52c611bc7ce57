import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { createWebhookEndpoint } from "@/server/webhooks/create-webhook-endpoint";
import { listWebhookEndpoints } from "@/server/webhooks/list-webhook-endpoints";
import { createWebhookEndpointSchema } from "@/server/webhooks/schemas";
import { serializeWebhookEndpoint } from "@/server/webhooks/serialize-webhook-endpoint";

// POST /system/v1/webhook-endpoints – add a webhook endpoint (a Keyframe extension; the response carries its secret)
export const POST = apiRoute("system", async ({ req, principal }) => {
  const body = createWebhookEndpointSchema.parse(await readJsonBody(req));
  const row = await createWebhookEndpoint({ workspaceId: principal.workspaceId, body });
  return dataResponse(serializeWebhookEndpoint(row, { withSecret: true }), { status: 201 });
});

// GET /system/v1/webhook-endpoints – the workspace's webhook endpoints (without secrets)
export const GET = apiRoute("system", async ({ principal }) =>
  dataResponse((await listWebhookEndpoints({ workspaceId: principal.workspaceId })).map((row) => serializeWebhookEndpoint(row))),
);

import { createWebhookEndpointSchema, listWebhookDeliveriesSchema, updateWebhookEndpointSchema } from "@/server/webhooks/schemas";
import type { ApiOperation } from "../api-operation";
import { examples } from "../examples";

const endpoint = { description: "The webhook endpoint, with its signing secret.", example: examples.webhookEndpoint } as const;
const base = "/system/v1/webhook-endpoints";

/** /system/v1/** */
export const systemOperations = [
  {
    id: "createSigningKey", method: "POST", path: "/system/v1/signing-keys", tag: "Signing keys", permission: "system",
    summary: "Create an RS256 signing key; its private_key is in this response only.", success: { status: 201, description: "The key with its private key (base64 PEM).", example: examples.signingKeyCreated },
  },
  {
    id: "listSigningKeys", method: "GET", path: "/system/v1/signing-keys", tag: "Signing keys", permission: "system",
    summary: "List the workspace's signing keys (no private keys: they are not stored).", queryNames: ["limit", "page"], success: { status: 200, description: "Signing keys.", example: [examples.signingKey] },
  },
  {
    id: "getSigningKey", method: "GET", path: "/system/v1/signing-keys/{signingKeyId}", tag: "Signing keys", permission: "system",
    summary: "Retrieve a signing key.", success: { status: 200, description: "The signing key.", example: examples.signingKey },
  },
  {
    id: "deleteSigningKey", method: "DELETE", path: "/system/v1/signing-keys/{signingKeyId}", tag: "Signing keys", permission: "system",
    summary: "Delete a signing key; tokens signed with it stop working.", success: { status: 204, description: "Deleted." },
  },
  {
    id: "createWebhookEndpoint", method: "POST", path: base, tag: "Webhook endpoints", permission: "system",
    summary: "Add a webhook endpoint; deliveries are signed with the secret in this response (Mux-Signature header).",
    body: createWebhookEndpointSchema, success: { status: 201, ...endpoint },
  },
  {
    id: "listWebhookEndpoints", method: "GET", path: base, tag: "Webhook endpoints", permission: "system",
    summary: "List the workspace's webhook endpoints (without secrets).", success: { status: 200, description: "Endpoints.", example: [{ ...examples.webhookEndpoint, secret: undefined }] },
  },
  { id: "getWebhookEndpoint", method: "GET", path: `${base}/{endpointId}`, tag: "Webhook endpoints", permission: "system", summary: "Retrieve an endpoint with its signing secret.", success: { status: 200, ...endpoint } },
  {
    id: "updateWebhookEndpoint", method: "PATCH", path: `${base}/{endpointId}`, tag: "Webhook endpoints", permission: "system",
    summary: "Change an endpoint's url, events, description or enabled.", body: updateWebhookEndpointSchema, success: { status: 200, ...endpoint },
  },
  {
    id: "deleteWebhookEndpoint", method: "DELETE", path: `${base}/{endpointId}`, tag: "Webhook endpoints", permission: "system",
    summary: "Remove an endpoint and its delivery log.", success: { status: 204, description: "Deleted." },
  },
  {
    id: "rotateWebhookSecret", method: "POST", path: `${base}/{endpointId}/rotate-secret`, tag: "Webhook endpoints", permission: "system",
    summary: "Replace the endpoint's signing secret; the new one is in this response.", success: { status: 200, ...endpoint },
  },
  {
    id: "listWebhookDeliveries", method: "GET", path: `${base}/{endpointId}/deliveries`, tag: "Webhook endpoints", permission: "system",
    summary: "The delivery log, newest first, with every attempt.", query: listWebhookDeliveriesSchema,
    success: { status: 200, description: "Deliveries.", example: [examples.webhookDelivery] },
  },
  {
    id: "replayWebhookDelivery", method: "POST", path: `${base}/{endpointId}/deliveries/{deliveryId}/replay`, tag: "Webhook endpoints", permission: "system",
    summary: "Send a delivery's event again, as a new delivery.", errors: ["conflict"], success: { status: 201, description: "The new delivery.", example: examples.webhookDelivery },
  },
  {
    id: "whoami", method: "GET", path: "/system/v1/whoami", tag: "System", permission: null,
    summary: "The access token's workspace and permissions.", success: { status: 200, description: "The token.", example: examples.whoami },
  },
] as const satisfies readonly ApiOperation[];

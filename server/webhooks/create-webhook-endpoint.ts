import { getDb } from "@/server/db/client";
import { webhookEndpoints } from "@/server/db/schema";
import { newId, newSecret } from "@/server/ids";
import { assertWebhookTarget } from "./assert-webhook-target";
import { createWebhookEndpointSchema, type CreateWebhookEndpointInput } from "./schemas";

/** Adds a webhook endpoint with a fresh signing secret (readable later, and rotatable). */
export async function createWebhookEndpoint(input: { workspaceId: string; body: CreateWebhookEndpointInput }) {
  const body = createWebhookEndpointSchema.parse(input.body);
  await assertWebhookTarget(body.url);
  const db = await getDb();
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      id: newId(),
      workspaceId: input.workspaceId,
      url: body.url,
      description: body.description,
      events: body.events ?? [],
      enabled: body.enabled ?? true,
      secret: newSecret(),
    })
    .returning();
  return row!;
}

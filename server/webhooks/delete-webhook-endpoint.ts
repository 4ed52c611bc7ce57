import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { webhookEndpoints } from "@/server/db/schema";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint-or-throw";

/** Removes an endpoint and its delivery log; its pending deliveries stop at their next attempt. */
export async function deleteWebhookEndpoint(input: { endpointId: string; workspaceId: string }): Promise<void> {
  await getWebhookEndpointOrThrow(input);
  const db = await getDb();
  await db.delete(webhookEndpoints).where(and(eq(webhookEndpoints.id, input.endpointId), eq(webhookEndpoints.workspaceId, input.workspaceId)));
}

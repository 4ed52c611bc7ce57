import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { webhookEndpoints } from "@/server/db/schema";
import { newSecret } from "@/server/ids";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint-or-throw";

/** Replaces the signing secret; attempts from now on are signed with the new one only. */
export async function rotateWebhookSecret(input: { endpointId: string; workspaceId: string }) {
  await getWebhookEndpointOrThrow(input);
  const db = await getDb();
  const [row] = await db
    .update(webhookEndpoints)
    .set({ secret: newSecret() })
    .where(and(eq(webhookEndpoints.id, input.endpointId), eq(webhookEndpoints.workspaceId, input.workspaceId)))
    .returning();
  return row!;
}

import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { webhookEndpoints } from "@/server/db/schema";
import { notFound } from "@/server/errors";

/** The tenant-checked lookup of a webhook endpoint. */
export async function getWebhookEndpointOrThrow(input: { endpointId: string; workspaceId: string }) {
  const db = await getDb();
  const row = await db.query.webhookEndpoints.findFirst({
    where: and(eq(webhookEndpoints.id, input.endpointId), eq(webhookEndpoints.workspaceId, input.workspaceId)),
  });
  if (!row) throw notFound("Webhook endpoint");
  return row;
}

import { desc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { webhookEndpoints } from "@/server/db/schema";

/** The workspace's webhook endpoints, newest first. */
export async function listWebhookEndpoints(input: { workspaceId: string }) {
  const db = await getDb();
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, input.workspaceId)).orderBy(desc(webhookEndpoints.createdAt));
}

import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { webhookEndpoints } from "@/server/db/schema";
import { assertWebhookTarget } from "./assert-webhook-target";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint-or-throw";
import { updateWebhookEndpointSchema, type UpdateWebhookEndpointInput } from "./schemas";

/** Changes an endpoint's URL, filter, description or enabled flag; enabling clears an auto-disable. */
export async function updateWebhookEndpoint(input: { endpointId: string; workspaceId: string; body: UpdateWebhookEndpointInput }) {
  const body = updateWebhookEndpointSchema.parse(input.body);
  await getWebhookEndpointOrThrow(input);
  if (body.url) await assertWebhookTarget(body.url);
  const reEnabled = body.enabled === true ? { disabledReason: null, disabledAt: null, failureStreak: 0, failingSince: null } : {};
  const db = await getDb();
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...body, ...reEnabled })
    .where(and(eq(webhookEndpoints.id, input.endpointId), eq(webhookEndpoints.workspaceId, input.workspaceId)))
    .returning();
  return row!;
}

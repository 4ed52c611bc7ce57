import { and, asc, eq, lt } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents, workspaces } from "@/server/db/schema";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { newId } from "@/server/ids";
import { assertWebhookTarget } from "./assert-webhook-target";
import { buildWebhookEnvelope } from "./build-webhook-envelope";
import { computeWebhookRetryDelay } from "./compute-webhook-retry-delay";
import { postWebhook, type WebhookResponse } from "./post-webhook";
import { recordEndpointOutcome } from "./record-endpoint-outcome";
import { signWebhookPayload } from "./sign-webhook-payload";

export type AttemptOutcome =
  | { outcome: "blocked"; blockerId: string }
  | { outcome: "retry"; delayMs: number }
  | { outcome: "delivered" | "failed" | "cancelled" | "gone" };

/** How many attempts the schedule allows in the window (reported to receivers as max_attempts). */
function maxAttempts(): number {
  let attempts = 1;
  for (let elapsed = 0; ; attempts++) {
    elapsed += Math.min(env.WEBHOOK_RETRY_BASE_MS * 2 ** (attempts - 1), env.WEBHOOK_RETRY_MAX_DELAY_MS);
    if (elapsed > env.WEBHOOK_RETRY_WINDOW_MS || attempts > 1000) return attempts;
  }
}

/**
 * One attempt of one delivery: waits its turn (an earlier event of the same object to the same
 * endpoint still pending → `blocked`), re-checks the target against the SSRF rules, POSTs the
 * signed envelope, logs the attempt, and settles or schedules the delivery. Never throws for a
 * receiver's failure: that is an outcome.
 */
export async function attemptWebhookDelivery(deliveryId: string): Promise<AttemptOutcome> {
  const db = await getDb();
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints, event: webhookEvents, workspace: { id: workspaces.id, name: workspaces.name } })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .innerJoin(workspaces, eq(workspaces.id, webhookDeliveries.workspaceId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!row) return { outcome: "gone" };
  const { delivery, endpoint, event, workspace } = row;
  if (delivery.status !== "pending") return { outcome: delivery.status };
  const settle = async (status: "delivered" | "failed" | "cancelled", extra: Partial<typeof webhookDeliveries.$inferInsert> = {}) => {
    await db.update(webhookDeliveries).set({ status, nextAttemptAt: null, ...extra }).where(eq(webhookDeliveries.id, deliveryId));
    return { outcome: status };
  };
  if (!endpoint.enabled) return settle("cancelled", { lastError: endpoint.disabledReason ?? "the endpoint is disabled" });

  const [blocker] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpoint.id), eq(webhookDeliveries.objectId, delivery.objectId), eq(webhookDeliveries.status, "pending"), lt(webhookDeliveries.eventSeq, delivery.eventSeq)))
    .orderBy(asc(webhookDeliveries.eventSeq))
    .limit(1);
  if (blocker) return { outcome: "blocked", blockerId: blocker.id };

  const previous = await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, deliveryId)).orderBy(asc(webhookAttempts.attempt));
  const body = JSON.stringify(buildWebhookEnvelope({ event, workspace, previousAttempts: previous, maxAttempts: maxAttempts() }));
  let response: WebhookResponse;
  try {
    const target = await assertWebhookTarget(endpoint.url);
    response = await postWebhook({ url: target.url, addresses: target.addresses, body, headers: { "mux-signature": signWebhookPayload({ body, secret: endpoint.secret }) }, timeoutMs: env.WEBHOOK_TIMEOUT_MS });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    response = { statusCode: null, latencyMs: 0, snippet: null, error: error.message };
  }
  const ok = response.statusCode !== null && response.statusCode >= 200 && response.statusCode < 300;
  const attempt = previous.length + 1;
  await db.insert(webhookAttempts).values({
    id: newId(),
    deliveryId,
    attempt,
    address: endpoint.url,
    statusCode: response.statusCode,
    latencyMs: response.latencyMs,
    responseSnippet: response.snippet,
    error: response.error ?? (ok ? null : `HTTP ${response.statusCode}`),
  });
  const last = { attempts: attempt, lastStatusCode: response.statusCode, lastLatencyMs: response.latencyMs, lastError: ok ? null : (response.error ?? `HTTP ${response.statusCode}`) };
  const problem = response.error ?? `HTTP ${response.statusCode}`;
  const { disabled } = await recordEndpointOutcome({ endpointId: endpoint.id, ok, problem });
  if (ok) return settle("delivered", { ...last, deliveredAt: new Date() });
  if (disabled) return settle("cancelled", { ...last, lastError: `${problem}; the endpoint was disabled` });
  const delayMs = computeWebhookRetryDelay({ failedAttempts: attempt, firstAttemptAt: previous[0]?.createdAt ?? new Date() });
  if (delayMs === null) return settle("failed", last);
  await db.update(webhookDeliveries).set({ ...last, nextAttemptAt: new Date(Date.now() + delayMs) }).where(eq(webhookDeliveries.id, deliveryId));
  return { outcome: "retry", delayMs };
}

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookAttempts, webhookEndpoints, webhookEvents } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { newId } from "@/server/ids";
import { startEventRecorder } from "@/server/testing/start-event-recorder";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { attemptWebhookDelivery } from "./attempt-webhook-delivery";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { dispatchWebhookEvents } from "./dispatch-webhook-events";
import { recordWebhookEvent } from "./record-webhook-event";

// Private targets stay forbidden here (no WEBHOOK_ALLOW_PRIVATE_URLS): the SSRF guard is under test.
const recorderPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 12_000);
  Object.assign(process.env, { INNGEST_BASE_URL: `http://127.0.0.1:${port}`, WEBHOOK_DISABLE_AFTER_FAILURES: "2", WEBHOOK_DISABLE_AFTER_MS: "0", WEBHOOK_RETRY_BASE_MS: "1000" });
  return port;
});

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe.each(testDatabaseKinds())("webhooks on %s", (kind) => {
  let test: TestDatabase;
  let workspaceId: string;
  let recorder: Awaited<ReturnType<typeof startEventRecorder>>;

  beforeAll(async () => {
    test = await useTestDatabase(kind);
    recorder = await startEventRecorder(recorderPort);
    const org = await ensureDefaultSetup();
    workspaceId = (await createWorkspace({ organizationId: org.id, name: "hooks" })).id;
  });
  afterAll(async () => {
    await test.close();
    await recorder.close();
  });

  it("refuses private, loopback and non-http targets, and unknown fields, with messages naming the problem", async () => {
    const loopback = await rejection(createWebhookEndpoint({ workspaceId, body: { url: "http://127.0.0.1:8080/hook" } }));
    expect(loopback.code).toBe("invalid_parameters");
    expect(loopback.message).toMatch(/webhook URL resolves to a loopback address 127\.0\.0\.1; set WEBHOOK_ALLOW_PRIVATE_URLS=true/);
    expect((await rejection(createWebhookEndpoint({ workspaceId, body: { url: "http://10.1.2.3/hook" } }))).message).toContain("private");
    await expect(createWebhookEndpoint({ workspaceId, body: { url: "ftp://example.com/x" } })).rejects.toThrow(/http/);
    await expect(createWebhookEndpoint({ workspaceId, body: { url: "https://example.com", secret: "x" } as never })).rejects.toThrow(/secret/);
    await expect(createWebhookEndpoint({ workspaceId, body: { url: "https://example.com", events: ["video.asset.exploded"] as never } })).rejects.toThrow();
  });

  it("records each event once, keeps updates apart, and fans out only to matching enabled endpoints", async () => {
    const objectId = `asset-${newId(6)}`;
    for (let i = 0; i < 2; i++) await recordWebhookEvent({ eventName: "video/asset.created", objectId, workspaceId });
    await recordWebhookEvent({ eventName: "video/asset.updated", objectId, workspaceId, suffix: ":1" });
    await recordWebhookEvent({ eventName: "video/asset.updated", objectId, workspaceId, suffix: ":2" });
    await recordWebhookEvent({ eventName: "media/job.finished", objectId, workspaceId });
    const rows = await test.db.select().from(webhookEvents).where(eq(webhookEvents.objectId, objectId));
    expect(rows.map((r) => r.type).sort()).toEqual(["video.asset.created", "video.asset.updated", "video.asset.updated"]);

    const insert = (values: Partial<typeof webhookEndpoints.$inferInsert>) =>
      test.db.insert(webhookEndpoints).values({ id: newId(), workspaceId, url: "https://example.com/h", secret: "s", ...values }).returning();
    const [onlyReady] = await insert({ events: ["video.asset.ready"] });
    const [disabled] = await insert({ enabled: false });
    const [all] = await insert({});
    const deliveries = await dispatchWebhookEvents({ workspaceId, objectId });
    expect(deliveries).toHaveLength(3);
    expect(await dispatchWebhookEvents({ workspaceId, objectId })).toEqual([]);
    const byEndpoint = await test.db.query.webhookDeliveries.findMany({ where: (d, { eq: is }) => is(d.objectId, objectId) });
    expect(new Set(byEndpoint.map((d) => d.endpointId))).toEqual(new Set([all!.id]));
    expect(onlyReady && disabled).toBeTruthy();
    await test.db.delete(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, workspaceId));
  });

  it("keeps one object's events in order, re-checks the target on every attempt, and disables an endpoint that keeps failing", async () => {
    const [endpoint] = await test.db.insert(webhookEndpoints).values({ id: newId(), workspaceId, url: "http://127.0.0.1:9/hook", secret: "s" }).returning();
    const objectId = `asset-${newId(6)}`;
    await recordWebhookEvent({ eventName: "video/asset.created", objectId, workspaceId });
    await recordWebhookEvent({ eventName: "video/asset.ready", objectId, workspaceId });
    const [first, second] = await dispatchWebhookEvents({ workspaceId, objectId });

    expect(await attemptWebhookDelivery(second!)).toEqual({ outcome: "blocked", blockerId: first });
    expect(await attemptWebhookDelivery(first!)).toEqual({ outcome: "retry", delayMs: 1000 });
    expect(await attemptWebhookDelivery(first!)).toEqual({ outcome: "cancelled" });

    const row = await test.db.query.webhookEndpoints.findFirst({ where: eq(webhookEndpoints.id, endpoint!.id) });
    expect(row).toMatchObject({ enabled: false, failureStreak: 2 });
    expect(row!.disabledReason).toMatch(/^Disabled automatically after 2 failed deliveries in a row .*loopback address/);
    const attempts = await test.db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, first!));
    expect(attempts.map((a) => [a.attempt, a.statusCode, a.error?.includes("loopback")])).toEqual([[1, null, true], [2, null, true]]);
    // The next event's turn comes, but its endpoint is off now.
    expect(await attemptWebhookDelivery(second!)).toEqual({ outcome: "cancelled" });
  });
});

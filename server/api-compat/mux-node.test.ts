/**
 * Keyframe through the official @mux/mux-node SDK only: the real route handlers served over HTTP
 * (server/testing/serve-app-routes), the real pipeline (workflow runtime + media worker) on PGlite,
 * and webhook receivers that verify Mux-Signature with the SDK's own helper.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Mux from "@mux/mux-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparePipelineEnv } from "@/server/testing/prepare-pipeline-env";
import type { startWebhookReceiver } from "@/server/testing/start-webhook-receiver";
import type { VideoPipeline } from "@/server/testing/start-video-pipeline";
import { freePort } from "@/server/testing/free-port";

type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

async function until<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const statusOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return { status: 0, body: "" };
  } catch (error) {
    if (!(error instanceof Mux.APIError)) throw error;
    return { status: error.status ?? 0, body: JSON.stringify(error.error) };
  }
};

describe("@mux/mux-node against Keyframe", () => {
  let pipeline: VideoPipeline;
  let api: { url: string; close(): Promise<void> };
  let files: http.Server;
  let fileUrl: string;
  let clip: string;
  let dir: string;
  let mux: Mux;
  let otherMux: Mux;
  let receiver: Receiver;
  let flaky: Receiver;
  let secret: string;
  let flakyEndpointId: string;
  let urlAssetId: string;
  let uploadAssetId: string;
  let uploadId: string;
  const system = (method: string, url: string, body?: unknown) =>
    fetch(`${api.url}${url}`, {
      method,
      headers: { authorization: `Basic ${Buffer.from(`${mux.tokenId}:${mux.tokenSecret}`).toString("base64")}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    await preparePipelineEnv();
    const port = await freePort();
    Object.assign(process.env, {
      KEYFRAME_URL: `http://127.0.0.1:${port}`,
      WEBHOOK_ALLOW_PRIVATE_URLS: "true",
      WEBHOOK_RETRY_BASE_MS: "1000",
      WEBHOOK_RETRY_MAX_DELAY_MS: "1000",
      WEBHOOK_ORDER_RECHECK_MS: "1000",
      WEBHOOK_TIMEOUT_MS: "5000",
    });
    const { startVideoPipeline } = await import("@/server/testing/start-video-pipeline");
    const { serveAppRoutes } = await import("@/server/testing/serve-app-routes");
    const { startWebhookReceiver } = await import("@/server/testing/start-webhook-receiver");
    const { createAccessToken } = await import("@/server/auth/create-access-token");
    const { createWorkspace } = await import("@/server/workspaces/create-workspace");
    const { ensureDefaultSetup } = await import("@/server/workspaces/ensure-default-setup");
    const { createMediaFixtures } = await import("@/server/media/testing/create-media-fixtures");

    pipeline = await startVideoPipeline({ kind: "pglite" });
    api = await serveAppRoutes({ port });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-mux-node-"));
    clip = (await createMediaFixtures(dir, { only: ["h264Aac"] })).h264Aac;
    files = http.createServer((_req, res) => fs.createReadStream(clip).pipe(res.writeHead(200, { "content-type": "video/mp4" })));
    await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
    fileUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}/clip.mp4`;

    const token = await createAccessToken({ workspaceId: pipeline.workspaceId, name: "sdk", videoWrite: true, system: true });
    mux = new Mux({ baseURL: api.url, tokenId: token.id, tokenSecret: token.secret, maxRetries: 0 });
    const org = await ensureDefaultSetup();
    const other = await createWorkspace({ organizationId: org.id, name: "other-sdk" });
    const otherToken = await createAccessToken({ workspaceId: other.id, name: "other", videoWrite: true });
    otherMux = new Mux({ baseURL: api.url, tokenId: otherToken.id, tokenSecret: otherToken.secret, maxRetries: 0 });

    receiver = await startWebhookReceiver();
    const failures = new Map<string, number>();
    flaky = await startWebhookReceiver((hook) => {
      const seen = (failures.get(hook.json.id) ?? 0) + 1;
      failures.set(hook.json.id, seen);
      return seen <= 2 ? 500 : 200;
    });
    const created = (await (await system("POST", "/system/v1/webhook-endpoints", { url: receiver.url })).json()) as { data: { secret: string } };
    secret = created.data.secret;
    const flakyRes = await system("POST", "/system/v1/webhook-endpoints", { url: flaky.url, events: ["video.asset.created"] });
    flakyEndpointId = ((await flakyRes.json()) as { data: { id: string } }).data.id;
  }, 180_000);

  afterAll(async () => {
    await receiver?.close();
    await flaky?.close();
    await api?.close();
    await new Promise((r) => files?.close(r));
    await pipeline?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("creates an asset from a URL and it becomes ready, in Mux's shape", async () => {
    const asset = await mux.video.assets.create({ inputs: [{ url: fileUrl }], playback_policies: ["public"], passthrough: "sdk-url" });
    expect(asset).toMatchObject({ status: "preparing", passthrough: "sdk-url" });
    expect(asset.created_at).toMatch(/^\d{10}$/);
    urlAssetId = asset.id;
    const ready = await until("ready", async () => {
      const a = await mux.video.assets.retrieve(asset.id);
      return a.status === "preparing" ? undefined : a;
    });
    expect(ready.status).toBe("ready");
    expect(ready.duration).toBeGreaterThan(1);
    expect(ready.playback_ids?.[0]?.policy).toBe("public");
    expect(ready.tracks?.map((t) => t.type)).toEqual(expect.arrayContaining(["video", "audio"]));
  }, 90_000);

  it("adds, reads and removes playback IDs; resolves one to its asset", async () => {
    const added = await mux.video.assets.createPlaybackId(urlAssetId, { policy: "public" });
    expect((await mux.video.assets.retrievePlaybackId(urlAssetId, added.id)).policy).toBe("public");
    const resolved = await mux.video.playbackIds.retrieve(added.id);
    expect(resolved.object).toEqual({ type: "asset", id: urlAssetId });
    await mux.video.assets.deletePlaybackId(urlAssetId, added.id);
    expect((await statusOf(mux.video.assets.retrievePlaybackId(urlAssetId, added.id))).status).toBe(404);
    expect((await fetch(`${api.url}/stream/${added.id}.m3u8`)).status).toBe(404);
  });

  it("serves a signed playback ID only with a token the SDK's jwt helper signed", async () => {
    const key = await mux.system.signingKeys.create();
    const signed = await mux.video.assets.createPlaybackId(urlAssetId, { policy: "signed" });
    expect((await fetch(`${api.url}/stream/${signed.id}.m3u8`)).status).toBe(403);
    const token = await mux.jwt.signPlaybackId(signed.id, { keyId: key.id, keySecret: key.private_key!, expiration: "1h" });
    const res = await fetch(`${api.url}/stream/${signed.id}.m3u8?token=${token}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^#EXTM3U/);
    const thumb = await mux.jwt.signPlaybackId(signed.id, { keyId: key.id, keySecret: key.private_key!, type: "thumbnail" });
    expect((await fetch(`${api.url}/stream/${signed.id}.m3u8?token=${thumb}`)).status).toBe(403);
  });

  it("completes a direct upload with a chunked PUT and reads the asset's input info", async () => {
    const upload = await mux.video.uploads.create({ cors_origin: "*", new_asset_settings: { playback_policies: ["public"], passthrough: "sdk-upload" } });
    expect(upload.status).toBe("waiting");
    uploadId = upload.id;
    const bytes = fs.readFileSync(clip);
    const half = Math.floor(bytes.length / 2);
    const put = (start: number, end: number) =>
      fetch(upload.url!, { method: "PUT", headers: { "content-range": `bytes ${start}-${end - 1}/${bytes.length}` }, body: bytes.subarray(start, end) });
    const first = await put(0, half);
    expect(first.status).toBe(308);
    expect(first.headers.get("range")).toBe(`bytes=0-${half - 1}`);
    expect((await put(half, bytes.length)).status).toBeLessThan(300);

    const done = await until("asset_created", async () => {
      const u = await mux.video.uploads.retrieve(upload.id);
      return u.status === "asset_created" ? u : undefined;
    });
    uploadAssetId = done.asset_id!;
    const asset = await until("upload asset ready", async () => {
      const a = await mux.video.assets.retrieve(uploadAssetId);
      return a.status === "ready" ? a : undefined;
    });
    expect(asset).toMatchObject({ passthrough: "sdk-upload", upload_id: upload.id });
    const info = await mux.video.assets.retrieveInputInfo(uploadAssetId);
    expect(info[0]?.file?.container_format).toBeTruthy();
    expect(info[0]?.file?.tracks?.map((t) => t.type)).toEqual(expect.arrayContaining(["video", "audio"]));
    expect((await mux.video.uploads.list()).data.map((u) => u.id)).toContain(upload.id);
  }, 90_000);

  it("lists assets with cursor pagination the SDK follows", async () => {
    const seen: string[] = [];
    for await (const asset of mux.video.assets.list({ limit: 1 })) seen.push(asset.id);
    expect(seen).toEqual([uploadAssetId, urlAssetId]);
    const firstPage = await mux.video.assets.list({ limit: 1 });
    expect(firstPage.data).toHaveLength(1);
    expect(firstPage.hasNextPage()).toBe(true);
  });

  it("answers invalid bodies, wrong credentials, other workspaces' ids and oversized payloads with documented errors", async () => {
    const unknown = await statusOf(mux.video.assets.create({ inputs: [{ url: fileUrl }], playback_polcy: ["public"] } as Mux.Video.AssetCreateParams));
    expect(unknown.status).toBe(400);
    expect(unknown.body).toContain("playback_polcy");
    expect((await statusOf(mux.video.assets.create({ inputs: [] }))).status).toBe(400);

    const wrong = new Mux({ baseURL: api.url, tokenId: mux.tokenId!, tokenSecret: "not-the-secret", maxRetries: 0 });
    const unauthorized = await statusOf(wrong.video.assets.list());
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.body).toContain("unauthorized");

    const foreign = [
      () => otherMux.video.assets.retrieve(urlAssetId),
      () => otherMux.video.assets.update(urlAssetId, { passthrough: "x" }),
      () => otherMux.video.assets.retrieveInputInfo(urlAssetId),
      () => otherMux.video.assets.delete(urlAssetId),
    ];
    for (const call of foreign) {
      const res = await statusOf(call());
      expect(res.status).toBe(404);
      expect(res.body).toContain("not_found");
    }

    const again = { headers: { "Idempotency-Key": "sdk-upload-1" } };
    const once = await mux.video.uploads.create({ cors_origin: "https://example.com" }, again);
    expect((await mux.video.uploads.create({ cors_origin: "https://example.com" }, again)).id).toBe(once.id);
    expect((await statusOf(mux.video.uploads.create({ cors_origin: "https://other.example" }, again))).status).toBe(409);
    const { response } = await mux.video.uploads.list().withResponse();
    expect(Number(response.headers.get("ratelimit-remaining"))).toBeGreaterThan(0);

    const big = await statusOf(mux.video.assets.create({ inputs: [{ url: fileUrl }], passthrough: "x".repeat(2 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.body).toContain("payload_too_large");
  });

  it("updates and deletes an asset; a verifying receiver saw its whole life, signed and in order", async () => {
    expect((await mux.video.assets.update(urlAssetId, { passthrough: "renamed" })).passthrough).toBe("renamed");
    await mux.video.assets.delete(urlAssetId);
    expect((await statusOf(mux.video.assets.retrieve(urlAssetId))).status).toBe(404);

    const lifeOf = (id: string) => receiver.received.filter((h) => h.json.object.id === id);
    await until("deleted webhook", () => lifeOf(urlAssetId).some((h) => h.json.type === "video.asset.deleted") || undefined);
    const life = lifeOf(urlAssetId);
    expect(life.map((h) => h.json.type)).toEqual(["video.asset.created", "video.asset.ready", "video.asset.updated", "video.asset.deleted"]);
    for (const hook of life) {
      const event = await mux.webhooks.unwrap(hook.body, hook.headers, secret);
      expect(event).toMatchObject({ object: { type: "asset", id: urlAssetId }, environment: { id: pipeline.workspaceId } });
      expect(hook.headers["mux-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    }
    expect(life[1]!.json.data).toMatchObject({ id: urlAssetId, status: "ready" });
    expect(life[2]!.json.data).toMatchObject({ passthrough: "renamed" });
    await expect(mux.webhooks.unwrap(life[0]!.body, life[0]!.headers, "wrong-secret")).rejects.toThrow(/signature/);

    await until("upload webhooks", () => receiver.received.some((h) => h.json.type === "video.upload.asset_created") || undefined);
    const uploadTypes = receiver.received.filter((h) => h.json.object.id === uploadId).map((h) => h.json.type);
    expect(uploadTypes).toEqual(["video.upload.created", "video.upload.asset_created"]);
  }, 60_000);

  it("retries a failing receiver with backoff until it succeeds, then stops; the log shows every attempt", async () => {
    const hooks = () => flaky.received.filter((h) => h.json.object.id === urlAssetId);
    await until("third attempt", () => (hooks().length >= 3 ? true : undefined), 30_000);
    await new Promise((r) => setTimeout(r, 2500));
    expect(hooks().map((h) => h.status)).toEqual([500, 500, 200]);
    expect(new Set(hooks().map((h) => h.json.id)).size).toBe(1);
    expect(hooks().map((h) => h.json.attempts?.length)).toEqual([0, 1, 2]);
    expect(flaky.received.every((h) => h.json.type === "video.asset.created")).toBe(true);

    const log = (await (await system("GET", `/system/v1/webhook-endpoints/${flakyEndpointId}/deliveries`)).json()) as {
      data: { id: string; object: { id: string }; status: string; attempts: { status_code: number; latency_ms: number; response_snippet: string }[] }[];
    };
    const delivery = log.data.find((d) => d.object.id === urlAssetId)!;
    expect(delivery.status).toBe("delivered");
    expect(delivery.attempts.map((a) => a.status_code)).toEqual([500, 500, 200]);
    expect(delivery.attempts[0]!.response_snippet).toContain("failing on purpose");

    const replay = await system("POST", `/system/v1/webhook-endpoints/${flakyEndpointId}/deliveries/${delivery.id}/replay`);
    expect(replay.status).toBe(201);
    await until("replayed delivery", () => (hooks().length >= 4 ? true : undefined), 15_000);
    expect(hooks()[3]!.json.id).toBe(hooks()[0]!.json.id);
  }, 60_000);
});

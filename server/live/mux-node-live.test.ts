/**
 * Live streams through the official @mux/mux-node SDK only: the real route handlers served over
 * HTTP (server/testing/serve-app-routes) on PGlite. Media does not flow here; the ingest path has
 * its own end-to-end tests.
 */
import Mux from "@mux/mux-node";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAccessToken } from "@/server/auth/create-access-token";
import { serveAppRoutes } from "@/server/testing/serve-app-routes";
import { startEventRecorder } from "@/server/testing/start-event-recorder";
import { useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { authorizeLivePublish } from "./authorize-live-publish";

const recorderPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 12_000);
  process.env.INNGEST_BASE_URL = `http://127.0.0.1:${port}`;
  return port;
});

const statusOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return { status: 0, messages: [] as string[] };
  } catch (error) {
    if (!(error instanceof Mux.APIError)) throw error;
    return { status: error.status ?? 0, messages: ((error.error as { error?: { messages?: string[] } })?.error?.messages ?? []) as string[] };
  }
};

describe("@mux/mux-node live streams against Keyframe (PGlite)", () => {
  let test: TestDatabase;
  let recorder: Awaited<ReturnType<typeof startEventRecorder>>;
  let api: Awaited<ReturnType<typeof serveAppRoutes>>;
  let mux: Mux;
  let otherMux: Mux;

  beforeAll(async () => {
    test = await useTestDatabase("pglite");
    recorder = await startEventRecorder(recorderPort);
    api = await serveAppRoutes();
    const org = await ensureDefaultSetup();
    const workspace = await createWorkspace({ organizationId: org.id, name: "sdk-live" });
    const other = await createWorkspace({ organizationId: org.id, name: "sdk-live-other" });
    const token = await createAccessToken({ workspaceId: workspace.id, name: "sdk", videoWrite: true });
    const otherToken = await createAccessToken({ workspaceId: other.id, name: "sdk-other", videoWrite: true });
    mux = new Mux({ baseURL: api.url, tokenId: token.id, tokenSecret: token.secret, maxRetries: 0 });
    otherMux = new Mux({ baseURL: api.url, tokenId: otherToken.id, tokenSecret: otherToken.secret, maxRetries: 0 });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await recorder?.close();
    await test?.close();
  });

  it("creates, retrieves, lists, updates, resets the key, disables/enables, completes and deletes a live stream", async () => {
    const created = await mux.video.liveStreams.create({
      playback_policies: ["public"],
      new_asset_settings: { playback_policies: ["public"] },
      latency_mode: "low",
      reconnect_window: 30,
      passthrough: "sdk-live",
    });
    expect(created).toMatchObject({ status: "idle", latency_mode: "low", reconnect_window: 30, max_continuous_duration: 43_200, passthrough: "sdk-live" });
    expect(created.created_at).toMatch(/^\d{10}$/);
    expect(created.stream_key.length).toBeGreaterThanOrEqual(32);
    expect(created.playback_ids?.[0]?.policy).toBe("public");
    expect(created.new_asset_settings).toEqual({ playback_policies: ["public"] });

    const retrieved = await mux.video.liveStreams.retrieve(created.id);
    expect(retrieved).toMatchObject({ id: created.id, stream_key: created.stream_key, recent_asset_ids: [], simulcast_targets: [] });
    expect((await statusOf(otherMux.video.liveStreams.retrieve(created.id))).status).toBe(404);

    const listed: string[] = [];
    for await (const stream of mux.video.liveStreams.list({ limit: 10 })) listed.push(stream.id);
    expect(listed).toContain(created.id);

    const updated = await mux.video.liveStreams.update(created.id, { latency_mode: "standard", max_continuous_duration: 1200, reconnect_window: 60, new_asset_settings: { mp4_support: "standard" } });
    expect(updated).toMatchObject({ latency_mode: "standard", max_continuous_duration: 1200, reconnect_window: 60, new_asset_settings: { playback_policies: ["public"], mp4_support: "standard" } });
    const invalid = await statusOf(mux.video.liveStreams.update(created.id, { reconnect_window: 5000 }));
    expect(invalid).toEqual({ status: 400, messages: ["reconnect_window: must be at most 1800 seconds (30 minutes)"] });

    const reset = await mux.video.liveStreams.resetStreamKey(created.id);
    expect(reset.stream_key).not.toBe(created.stream_key);
    expect((await authorizeLivePublish({ streamKey: created.stream_key, protocol: "rtmp" })).ok).toBe(false);

    await mux.video.liveStreams.disable(created.id);
    expect((await mux.video.liveStreams.retrieve(created.id)).status).toBe("disabled");
    expect(await authorizeLivePublish({ streamKey: reset.stream_key, protocol: "rtmp" })).toEqual({ ok: false, reason: "the live stream is disabled" });
    await mux.video.liveStreams.enable(created.id);
    expect((await mux.video.liveStreams.retrieve(created.id)).status).toBe("idle");
    await mux.video.liveStreams.complete(created.id);

    await mux.video.liveStreams.delete(created.id);
    expect((await statusOf(mux.video.liveStreams.retrieve(created.id))).status).toBe(404);
    expect(recorder.named("video/live-stream.deleted").map((e) => e.data.liveStreamId)).toContain(created.id);
  });

  it("adds, reads and removes playback IDs and simulcast targets; a playback ID resolves to its live stream", async () => {
    const stream = await mux.video.liveStreams.create({ playback_policies: ["public"] });
    const added = await mux.video.liveStreams.createPlaybackId(stream.id, { policy: "signed" });
    expect(added.policy).toBe("signed");
    expect(await mux.video.liveStreams.retrievePlaybackId(stream.id, added.id)).toEqual(added);
    expect((await mux.video.playbackIds.retrieve(added.id)).object).toEqual({ type: "live_stream", id: stream.id });
    await mux.video.liveStreams.deletePlaybackId(stream.id, added.id);
    expect((await statusOf(mux.video.liveStreams.retrievePlaybackId(stream.id, added.id))).status).toBe(404);

    const target = await mux.video.liveStreams.createSimulcastTarget(stream.id, { url: "rtmp://live.example.com/app", stream_key: "abcdefgh", passthrough: "yt" });
    expect(target).toMatchObject({ url: "rtmp://live.example.com/app", stream_key: "abcdefgh", passthrough: "yt", status: "idle" });
    expect(await mux.video.liveStreams.retrieveSimulcastTarget(stream.id, target.id)).toEqual(target);
    expect((await mux.video.liveStreams.retrieve(stream.id)).simulcast_targets).toEqual([target]);
    const bad = await statusOf(mux.video.liveStreams.createSimulcastTarget(stream.id, { url: "https://example.com/app" }));
    expect(bad.status).toBe(400);
    expect(bad.messages[0]).toMatch(/^url: must be an rtmp:\/\/, rtmps:\/\/ or srt:\/\/ URL/);
    await mux.video.liveStreams.deleteSimulcastTarget(stream.id, target.id);
    expect((await statusOf(mux.video.liveStreams.retrieveSimulcastTarget(stream.id, target.id))).status).toBe(404);
    await mux.video.liveStreams.delete(stream.id);
  });
});

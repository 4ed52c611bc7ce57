/**
 * Live streaming end to end, for real: an ingest node (RTMP + SRT + live origin) in this process,
 * the real route handlers (/video/v1, /stream) over HTTP, the workflow runtime and a media worker
 * (live-to-VOD), and ffmpeg publishers pushing generated streams. One stream goes through a whole
 * broadcast: refused key, publish, LL-HLS with blocking reload through the web proxy, a simulcast
 * push to a second RTMP receiver, a drop and return within the reconnect window (one session), then
 * the end and a ready VOD asset of the broadcast's length. A second stream publishes over SRT.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparePipelineEnv } from "@/server/testing/prepare-pipeline-env";
import type { VideoPipeline } from "@/server/testing/start-video-pipeline";
import { freePort } from "@/server/testing/free-port";
import { publishTestStream } from "./ingest/testing/publish-test-stream";
import { parseMediaPlaylist } from "./packager/testing/parse-media-playlist";
import { probeVideoFrames, startRtmpReceiver } from "./simulcast/testing/start-rtmp-receiver";

type LiveStreamJson = {
  id: string;
  stream_key: string;
  status: string;
  active_asset_id?: string | null;
  recent_asset_ids?: string[];
  playback_ids: { id: string; policy: string }[];
  simulcast_targets: { id: string; status: string }[];
};

async function until<T>(what: string, fn: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("live streaming end to end", () => {
  let pipeline: VideoPipeline;
  let api: { url: string; close(): Promise<void> };
  let ingest: Awaited<ReturnType<typeof import("./session/start-live-ingest").startLiveIngest>>;
  let auth: string;
  let dir: string;
  let stream: LiveStreamJson;
  let receiverPort: number;
  let receiver: ReturnType<typeof startRtmpReceiver>;
  let sessionId: string;
  let db: VideoPipeline["database"]["db"];

  const call = async <T,>(method: string, url: string, body?: unknown): Promise<{ status: number; data: T }> => {
    const res = await fetch(`${api.url}${url}`, {
      method,
      headers: { authorization: auth, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as { data: T };
    return { status: res.status, data: json.data };
  };
  const getStream = async (id: string) => (await call<LiveStreamJson>("GET", `/video/v1/live-streams/${id}`)).data;
  const playlist = async (url: string) => {
    const res = await fetch(`${api.url}${url}`);
    return { status: res.status, text: await res.text() };
  };

  beforeAll(async () => {
    await preparePipelineEnv();
    const port = await freePort();
    Object.assign(process.env, { KEYFRAME_URL: `http://127.0.0.1:${port}` });
    const { startVideoPipeline } = await import("@/server/testing/start-video-pipeline");
    const { serveAppRoutes } = await import("@/server/testing/serve-app-routes");
    const { createAccessToken } = await import("@/server/auth/create-access-token");
    const { startLiveIngest } = await import("./session/start-live-ingest");
    const { getStorage } = await import("@/server/storage/get-storage");
    pipeline = await startVideoPipeline({ kind: "postgres" });
    db = pipeline.database.db;
    api = await serveAppRoutes({ port });
    ingest = await startLiveIngest({
      storage: getStorage(),
      host: "127.0.0.1",
      rtmpPort: await freePort(),
      srtPort: await freePort(),
      originPort: 0,
      originUrl: "http://127.0.0.1:{port}",
      dvrWindowSeconds: 600,
      maxRenditions: 2,
      watchIntervalMs: 500,
    });
    const token = await createAccessToken({ workspaceId: pipeline.workspaceId, name: "live", videoWrite: true, system: true });
    auth = `Basic ${Buffer.from(`${token.id}:${token.secret}`).toString("base64")}`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-live-e2e-"));
    receiverPort = await freePort();
  }, 180_000);

  afterAll(async () => {
    receiver?.kill();
    await ingest?.close();
    await api?.close();
    await pipeline?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("creates a low-latency stream with a simulcast target and refuses a wrong key at connect", async () => {
    const created = await call<LiveStreamJson>("POST", "/video/v1/live-streams", {
      playback_policy: ["public"],
      latency_mode: "low",
      reconnect_window: 6,
      new_asset_settings: { playback_policy: ["public"] },
      simulcast_targets: [{ url: `rtmp://127.0.0.1:${receiverPort}/app`, stream_key: "secret-key" }],
    });
    expect(created.status).toBe(201);
    stream = created.data;
    expect(stream.status).toBe("idle");

    const wrong = publishTestStream(`rtmp://127.0.0.1:${ingest.rtmpPort}/live/not-${stream.stream_key}`, { seconds: 5 });
    const refused = await wrong.exited;
    expect(refused.code).not.toBe(0);
    expect(refused.afterMs).toBeLessThan(4_000);
    expect((await getStream(stream.id)).status).toBe("idle");
  }, 30_000);

  it("goes active over RTMP and serves LL-HLS with parts and blocking reload through /stream", async () => {
    receiver = startRtmpReceiver(receiverPort, path.join(dir, "simulcast.flv"));
    const publisher = publishTestStream(`rtmp://127.0.0.1:${ingest.rtmpPort}/live/${stream.stream_key}`, { seconds: 60 });
    await until("active", async () => (await getStream(stream.id)).status === "active");
    const playbackId = stream.playback_ids[0]!.id;

    const master = await until("master playlist", async () => {
      const res = await playlist(`/stream/${playbackId}.m3u8`);
      return res.status === 200 ? res.text : undefined;
    });
    const variants = master.split("\n").filter((l) => l && !l.startsWith("#"));
    expect(variants).toEqual([`/stream/${playbackId}/source.m3u8`, `/stream/${playbackId}/240p.m3u8`]);
    expect(master).toMatch(/CODECS="avc1\.[0-9a-f]{6},mp4a\.40\.2"/i);

    const media = await until("two segments", async () => {
      const res = await playlist(variants[0]!);
      const parsed = res.status === 200 ? parseMediaPlaylist(res.text) : null;
      return parsed && parsed.segments.filter((s) => s.uri).length >= 2 ? parsed : undefined;
    });
    expect(media.serverControl["CAN-BLOCK-RELOAD"]).toBe("YES");
    // Apple: PART-HOLD-BACK at least twice PART-TARGET.
    expect(Number(media.serverControl["PART-HOLD-BACK"])).toBeGreaterThanOrEqual(2 * media.partTarget!);
    expect(media.partTarget).toBeGreaterThan(0.3);
    expect(media.partTarget).toBeLessThan(0.5);
    expect(media.preloadHint).toBeTruthy();
    expect(media.reports.length).toBe(1);
    const complete = media.segments.filter((s) => s.uri);
    expect(complete.every((s) => s.programDateTime !== null)).toBe(true);
    expect(complete.at(-1)!.duration).toBeGreaterThan(1.5);
    expect(complete.at(-1)!.duration).toBeLessThanOrEqual(media.targetDuration);
    const parts = media.segments.at(-1)!.parts;
    expect(parts.length).toBeGreaterThan(0);

    // Ask for the segment after the last one: the response waits until it exists.
    const next = complete.at(-1)!.msn + 2;
    const asked = Date.now();
    const blocked = await playlist(`${variants[0]}?_HLS_msn=${next}&_HLS_part=0`);
    const waited = Date.now() - asked;
    expect(blocked.status).toBe(200);
    expect(waited).toBeGreaterThan(200);
    const after = parseMediaPlaylist(blocked.text);
    expect(after.segments.some((s) => s.msn === next && s.parts.length > 0)).toBe(true);

    // A part and a whole segment are fetched through the proxy and are fMP4 fragments.
    const partUrl = new URL(after.segments.find((s) => s.msn === next)!.parts[0]!.uri, `${api.url}${variants[0]}`);
    const part = await fetch(partUrl);
    expect(part.status).toBe(200);
    expect(Buffer.from(await part.arrayBuffer()).subarray(4, 8).toString()).toBe("moof");

    // The simulcast target is broadcasting and the receiver is getting video.
    await until("simulcast broadcasting", async () => (await getStream(stream.id)).simulcast_targets[0]?.status === "broadcasting");
    const [session] = await db.query.liveStreamSessions.findMany({ where: (s, { eq }) => eq(s.liveStreamId, stream.id) });
    sessionId = session!.id;
    expect(session!.status).toBe("live");

    // The publisher drops (killed) and comes back within the reconnect window.
    publisher.stop();
    await until("reconnecting", async () => {
      const row = await db.query.liveStreamSessions.findFirst({ where: (s, { eq }) => eq(s.id, sessionId) });
      return row?.status === "reconnecting";
    });
    const resumed = publishTestStream(`rtmp://127.0.0.1:${ingest.rtmpPort}/live/${stream.stream_key}`, { seconds: 4 });
    await until("live again", async () => {
      const row = await db.query.liveStreamSessions.findFirst({ where: (s, { eq }) => eq(s.id, sessionId) });
      return row?.status === "live" && row.connectionCount === 2;
    });
    const sessions = await db.query.liveStreamSessions.findMany({ where: (s, { eq }) => eq(s.liveStreamId, stream.id) });
    expect(sessions).toHaveLength(1);
    const withGap = await until("a discontinuity", async () => {
      const res = await playlist(variants[1]!);
      return res.text.includes("#EXT-X-DISCONTINUITY") && res.text.split("#EXT-X-MAP").length === 3 ? res.text : undefined;
    });
    expect(withGap).toContain("#EXT-X-PROGRAM-DATE-TIME");
    expect((await resumed.exited).code).toBe(0);
  }, 90_000);

  it("finishes the session after the reconnect window and the recording becomes a ready VOD asset", async () => {
    await until("idle", async () => (await getStream(stream.id)).status === "idle", 30_000);
    const ended = await db.query.liveStreamSessions.findFirst({ where: (s, { eq }) => eq(s.id, sessionId) });
    expect(ended).toMatchObject({ status: "ended", connectionCount: 2 });
    expect(ended!.recordingKeys).toHaveLength(2);
    const asset = await pipeline.waitForAsset(ended!.assetId!, (a) => a.status !== "preparing", 90_000);
    expect({ status: asset.status, errors: asset.errors }).toEqual({ status: "ready", errors: null });
    expect(asset.liveStreamId).toBe(stream.id);
    // What was published: the first connection's seconds plus the 4 s of the second.
    expect(asset.duration!).toBeGreaterThan(ended!.duration - 1.5);
    expect(asset.duration!).toBeLessThan(ended!.duration + 1.5);
    expect(ended!.duration).toBeGreaterThan(8);
    expect((await getStream(stream.id)).recent_asset_ids).toContain(asset.id);

    // The simulcast receiver got the first connection's video.
    const received = await probeVideoFrames(path.join(dir, "simulcast.flv"));
    expect(received).toMatchObject({ codec: "h264", width: 640, height: 360 });
    expect(received.frames).toBeGreaterThan(60);
  }, 120_000);

  it("takes a publisher over SRT and refuses a wrong streamid", async () => {
    const created = await call<LiveStreamJson>("POST", "/video/v1/live-streams", { playback_policy: ["public"], latency_mode: "reduced", new_asset_settings: null });
    const srtStream = created.data;
    const wrong = publishTestStream(`srt://127.0.0.1:${ingest.srtPort}?streamid=wrong-key&connect_timeout=3000`, { seconds: 5 });
    expect((await wrong.exited).code).not.toBe(0);

    const publisher = publishTestStream(`srt://127.0.0.1:${ingest.srtPort}?streamid=${srtStream.stream_key}`, { seconds: 30 });
    await until("active over SRT", async () => (await getStream(srtStream.id)).status === "active");
    const media = await until("an SRT segment", async () => {
      const res = await playlist(`/stream/${srtStream.playback_ids[0]!.id}/source.m3u8`);
      const parsed = res.status === 200 ? parseMediaPlaylist(res.text) : null;
      return parsed && parsed.segments.some((s) => s.uri) ? parsed : undefined;
    });
    // Reduced latency: whole segments, no parts.
    expect(media.partTarget).toBeNull();
    expect((await call<LiveStreamJson & { active_ingest_protocol: string }>("GET", `/video/v1/live-streams/${srtStream.id}`)).data.active_ingest_protocol).toBe("srt");
    publisher.stop();
  }, 60_000);
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as beaconsRoute from "@/app/data/v1/beacons/route";
import * as completeRoute from "@/app/video/v1/live-streams/[liveStreamId]/complete/route";
import * as disableRoute from "@/app/video/v1/live-streams/[liveStreamId]/disable/route";
import * as enableRoute from "@/app/video/v1/live-streams/[liveStreamId]/enable/route";
import * as playbackIdRoute from "@/app/video/v1/live-streams/[liveStreamId]/playback-ids/[playbackId]/route";
import * as playbackIdsRoute from "@/app/video/v1/live-streams/[liveStreamId]/playback-ids/route";
import * as resetKeyRoute from "@/app/video/v1/live-streams/[liveStreamId]/reset-stream-key/route";
import * as streamRoute from "@/app/video/v1/live-streams/[liveStreamId]/route";
import * as targetRoute from "@/app/video/v1/live-streams/[liveStreamId]/simulcast-targets/[simulcastTargetId]/route";
import * as targetsRoute from "@/app/video/v1/live-streams/[liveStreamId]/simulcast-targets/route";
import * as streamsRoute from "@/app/video/v1/live-streams/route";
import { createAccessToken } from "@/server/auth/create-access-token";
import { liveStreams } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { startEventRecorder } from "@/server/testing/start-event-recorder";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { authorizeLivePublish } from "./authorize-live-publish";
import { beginLiveConnection } from "./begin-live-connection";
import { updateLiveStreamHealth } from "./update-live-stream-health";

const recorderPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 12_000);
  Object.assign(process.env, { INNGEST_BASE_URL: `http://127.0.0.1:${port}`, LIVE_PUBLIC_HOST: "live.example.test", LIVE_RTMP_PORT: "1935", LIVE_SRT_PORT: "6001" });
  return port;
});

type PlaybackJson = { id: string; policy: string };
type TargetJson = { id: string; url: string; stream_key?: string; passthrough?: string; status: string };
type StreamJson = {
  id: string;
  stream_key: string;
  status: string;
  created_at: string;
  playback_ids: PlaybackJson[];
  new_asset_settings?: Record<string, unknown>;
  reconnect_window: number;
  latency_mode: string;
  max_continuous_duration: number;
  recent_asset_ids: string[];
  simulcast_targets: TargetJson[];
  passthrough?: string;
  active_ingest_protocol?: string;
  ingest: { rtmp_url: string; rtmps_url?: string; srt_url: string };
  health: Record<string, unknown> | null;
  viewer_count?: number;
};
type Body<T> = { data: T; error?: { type: string; messages: string[] } };
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

describe.each(testDatabaseKinds())("live streams REST API on %s", (kind) => {
  let test: TestDatabase;
  let recorder: Awaited<ReturnType<typeof startEventRecorder>>;
  let workspaceId: string;
  let auth: Record<string, string>;
  let readOnly: Record<string, string>;
  let otherAuth: Record<string, string>;

  const request = (method: string, url: string, body?: unknown, headers = auth) =>
    new Request(`http://localhost${url}`, { method, headers: { ...headers, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = async <T>(res: Response) => (await res.json()) as Body<T>;
  const create = async (body: Record<string, unknown>) => {
    const res = await streamsRoute.POST(request("POST", "/video/v1/live-streams", body), ctx({}));
    expect(res.status).toBe(201);
    return (await json<StreamJson>(res)).data;
  };
  const one = (method: "GET" | "PATCH" | "DELETE", id: string, body?: unknown, headers = auth) =>
    streamRoute[method](request(method, `/video/v1/live-streams/${id}`, body, headers), ctx({ liveStreamId: id }));
  const put = (route: { PUT: typeof enableRoute.PUT }, verb: string, id: string, headers = auth) =>
    route.PUT(request("PUT", `/video/v1/live-streams/${id}/${verb}`, undefined, headers), ctx({ liveStreamId: id }));
  const errorOf = async (res: Response) => (await json<unknown>(res)).error!;

  beforeAll(async () => {
    test = await useTestDatabase(kind);
    recorder = await startEventRecorder(recorderPort);
    const org = await ensureDefaultSetup();
    workspaceId = (await createWorkspace({ organizationId: org.id, name: "live-a" })).id;
    const other = await createWorkspace({ organizationId: org.id, name: "live-b" });
    const basic = (t: { id: string; secret: string }) => ({ authorization: `Basic ${Buffer.from(`${t.id}:${t.secret}`).toString("base64")}` });
    auth = basic(await createAccessToken({ workspaceId, name: "rw", videoWrite: true }));
    readOnly = basic(await createAccessToken({ workspaceId, name: "ro" }));
    otherAuth = basic(await createAccessToken({ workspaceId: other.id, name: "other", videoWrite: true }));
  });
  afterAll(async () => {
    await test?.close();
    await recorder?.close();
  });

  it("creates a live stream in Mux's shape with a long stream key, playback IDs and ingest URLs", async () => {
    const stream = await create({ playback_policies: ["public", "signed"], new_asset_settings: { playback_policies: ["public"] }, latency_mode: "low", reconnect_window: 30, passthrough: "ch-1" });
    expect(stream).toMatchObject({
      status: "idle",
      latency_mode: "low",
      reconnect_window: 30,
      max_continuous_duration: 43_200,
      passthrough: "ch-1",
      new_asset_settings: { playback_policies: ["public"] },
      recent_asset_ids: [],
      simulcast_targets: [],
      health: null,
    });
    expect(stream.created_at).toMatch(/^\d{10}$/);
    expect(stream.stream_key).toMatch(/^[A-Za-z0-9]{32,}$/);
    expect(stream.playback_ids.map((p) => p.policy).sort()).toEqual(["public", "signed"]);
    expect(stream.ingest).toEqual({ rtmp_url: "rtmp://live.example.test:1935/live", srt_url: `srt://live.example.test:6001?streamid=${stream.stream_key}` });
    expect(recorder.named("video/live-stream.created").map((e) => e.data)).toContainEqual({ liveStreamId: stream.id, workspaceId });

    // Defaults as at Mux: standard latency, a 60 s reconnect window, and every broadcast recorded.
    const plain = await create({});
    expect(plain).toMatchObject({ latency_mode: "standard", reconnect_window: 60, new_asset_settings: {}, playback_ids: [] });
    expect(plain.stream_key).not.toBe(stream.stream_key);
    const deprecated = await create({ reduced_latency: true, playback_policy: "public" });
    expect(deprecated).toMatchObject({ latency_mode: "reduced", playback_ids: [{ policy: "public" }] });
  });

  it("answers invalid bodies with 400 messages that name the field, and read-only tokens with 403", async () => {
    const cases: [unknown, string][] = [
      [{ reconnect_window: 2000 }, "reconnect_window: must be at most 1800 seconds (30 minutes)"],
      [{ max_continuous_duration: 30 }, "max_continuous_duration: must be at least 60 seconds"],
      [{ latency_mode: "ultra" }, "latency_mode"],
      [{ playback_polcy: ["public"] }, "playback_polcy"],
      [{ new_asset_settings: { input: "https://example.com/a.mp4" } }, 'new_asset_settings: Unrecognized key: "input"'],
      [{ simulcast_targets: [{ url: "http://example.com/app" }] }, "simulcast_targets.0.url: must be an rtmp://, rtmps:// or srt:// URL"],
    ];
    for (const [body, message] of cases) {
      const res = await streamsRoute.POST(request("POST", "/video/v1/live-streams", body), ctx({}));
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = await errorOf(res);
      expect(error.type).toBe("invalid_parameters");
      expect(error.messages.join(" | ")).toContain(message);
    }
    expect((await streamsRoute.POST(request("POST", "/video/v1/live-streams", {}, readOnly), ctx({}))).status).toBe(403);
  });

  it("lists newest first by limit/page, filters by status and stream_key, and keeps workspaces apart", async () => {
    const made = [await create({ passthrough: "l-0" }), await create({ passthrough: "l-1" }), await create({ passthrough: "l-2" })];
    const list = async (query: string, headers = auth) => (await json<StreamJson[]>(await streamsRoute.GET(request("GET", `/video/v1/live-streams?${query}`, undefined, headers), ctx({})))).data;
    const all = (await list("limit=100")).map((s) => s.id);
    expect(all.slice(0, 3)).toEqual(made.map((s) => s.id).reverse());
    expect((await list("limit=2&page=2")).map((s) => s.id)).toEqual(all.slice(2, 4));
    expect((await list(`stream_key=${made[1]!.stream_key}`)).map((s) => s.id)).toEqual([made[1]!.id]);
    expect((await list("status=disabled")).length).toBe(0);
    expect(await list("limit=100", otherAuth)).toEqual([]);
    const bad = await streamsRoute.GET(request("GET", "/video/v1/live-streams?limit=500"), ctx({}));
    expect(bad.status).toBe(400);
  });

  it("gets, patches and deletes; another workspace gets 404", async () => {
    const stream = await create({ new_asset_settings: { playback_policies: ["public"], mp4_support: "none" } });
    const got = (await json<StreamJson>(await one("GET", stream.id))).data;
    expect(got).toMatchObject({ id: stream.id, viewer_count: 0, health: null });
    for (const method of ["GET", "PATCH", "DELETE"] as const) {
      const res = await one(method, stream.id, method === "PATCH" ? { passthrough: "x" } : undefined, otherAuth);
      expect(res.status).toBe(404);
      expect((await errorOf(res)).messages).toEqual(["Live stream not found"]);
    }

    const patched = await one("PATCH", stream.id, { reconnect_window: 120, latency_mode: "reduced", passthrough: "renamed", new_asset_settings: { mp4_support: "standard" } });
    expect(patched.status).toBe(200);
    expect((await json<StreamJson>(patched)).data).toMatchObject({
      reconnect_window: 120,
      latency_mode: "reduced",
      passthrough: "renamed",
      new_asset_settings: { playback_policies: ["public"], mp4_support: "standard" },
    });
    expect(recorder.named("video/live-stream.updated").map((e) => e.data.liveStreamId)).toContain(stream.id);
    const cleared = (await json<StreamJson>(await one("PATCH", stream.id, { passthrough: "" }))).data;
    expect(cleared.passthrough).toBeUndefined();
    const refused = await one("PATCH", stream.id, { new_asset_settings: { playback_policies: ["signed"] }, stream_key: "mine" });
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).messages.join(" ")).toMatch(/stream_key[\s\S]*playback_policies|playback_policies[\s\S]*stream_key/);

    expect((await one("DELETE", stream.id)).status).toBe(204);
    expect((await one("GET", stream.id)).status).toBe(404);
    expect(recorder.named("video/live-stream.deleted").map((e) => e.data.liveStreamId)).toContain(stream.id);
  });

  it("refuses latency_mode and max_continuous_duration changes while active, with a 409 that says why", async () => {
    const stream = await create({});
    await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: "http://127.0.0.1:1" });
    const res = await one("PATCH", stream.id, { latency_mode: "low" });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).messages[0]).toMatch(/only while the live stream is not active/);
    expect((await one("PATCH", stream.id, { reconnect_window: 10 })).status).toBe(200);
    const active = (await json<StreamJson>(await one("GET", stream.id))).data;
    expect(active).toMatchObject({ status: "active", active_ingest_protocol: "rtmp" });
    expect(active.recent_asset_ids).toHaveLength(1);
  });

  it("resets the stream key: the old key is refused, the new one accepted", async () => {
    const stream = await create({});
    const res = await resetKeyRoute.POST(request("POST", `/video/v1/live-streams/${stream.id}/reset-stream-key`), ctx({ liveStreamId: stream.id }));
    expect(res.status).toBe(201);
    const reset = (await json<StreamJson>(res)).data;
    expect(reset.stream_key).not.toBe(stream.stream_key);
    expect(reset.ingest.srt_url).toContain(reset.stream_key);
    expect(await authorizeLivePublish({ streamKey: stream.stream_key, protocol: "rtmp" })).toEqual({ ok: false, reason: "unknown stream key" });
    expect(await authorizeLivePublish({ streamKey: reset.stream_key, protocol: "rtmp" })).toMatchObject({ ok: true, liveStream: { id: stream.id } });
  });

  it("disables (key refused), enables again, and completes; answers {} as Mux does", async () => {
    const stream = await create({});
    const disabled = await put(disableRoute, "disable", stream.id);
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toEqual({ data: {} });
    expect((await json<StreamJson>(await one("GET", stream.id))).data.status).toBe("disabled");
    expect(await authorizeLivePublish({ streamKey: stream.stream_key, protocol: "srt" })).toEqual({ ok: false, reason: "the live stream is disabled" });
    expect(recorder.named("video/live-stream.disabled").map((e) => e.data.liveStreamId)).toContain(stream.id);

    expect((await put(enableRoute, "enable", stream.id)).status).toBe(200);
    expect((await json<StreamJson>(await one("GET", stream.id))).data.status).toBe("idle");
    expect((await authorizeLivePublish({ streamKey: stream.stream_key, protocol: "srt" })).ok).toBe(true);

    // Nothing is broadcast: complete is a no-op.
    expect((await put(completeRoute, "complete", stream.id)).status).toBe(200);
    expect((await put(completeRoute, "complete", stream.id, otherAuth)).status).toBe(404);
    expect((await put(disableRoute, "disable", stream.id, readOnly)).status).toBe(403);
  });

  it("adds, reads and deletes playback IDs of a live stream", async () => {
    const stream = await create({});
    const added = await playbackIdsRoute.POST(request("POST", `/video/v1/live-streams/${stream.id}/playback-ids`, { policy: "signed" }), ctx({ liveStreamId: stream.id }));
    expect(added.status).toBe(201);
    const pid = (await json<PlaybackJson>(added)).data;
    expect(pid.policy).toBe("signed");
    const params = { liveStreamId: stream.id, playbackId: pid.id };
    const url = `/video/v1/live-streams/${stream.id}/playback-ids/${pid.id}`;
    expect((await json<PlaybackJson>(await playbackIdRoute.GET(request("GET", url), ctx(params)))).data).toEqual(pid);
    expect((await json<StreamJson>(await one("GET", stream.id))).data.playback_ids).toEqual([pid]);
    expect((await playbackIdRoute.GET(request("GET", url, undefined, otherAuth), ctx(params))).status).toBe(404);
    const badPolicy = await playbackIdsRoute.POST(request("POST", `/video/v1/live-streams/${stream.id}/playback-ids`, { policy: "drm" }), ctx({ liveStreamId: stream.id }));
    expect(badPolicy.status).toBe(400);
    expect((await playbackIdRoute.DELETE(request("DELETE", url), ctx(params))).status).toBe(204);
    expect((await playbackIdRoute.GET(request("GET", url), ctx(params))).status).toBe(404);
  });

  it("adds, lists, reads and deletes simulcast targets; refuses them while active", async () => {
    const stream = await create({ simulcast_targets: [{ url: "rtmp://a.example.com/app", stream_key: "k1" }] });
    expect(stream.simulcast_targets).toEqual([expect.objectContaining({ url: "rtmp://a.example.com/app", stream_key: "k1", status: "idle" })]);
    const base = `/video/v1/live-streams/${stream.id}/simulcast-targets`;
    const added = await targetsRoute.POST(request("POST", base, { url: "srt://b.example.com:9000?streamid=x", passthrough: "b" }), ctx({ liveStreamId: stream.id }));
    expect(added.status).toBe(201);
    const target = (await json<TargetJson>(added)).data;
    expect(target).toMatchObject({ url: "srt://b.example.com:9000?streamid=x", passthrough: "b", status: "idle" });
    const listed = (await json<TargetJson[]>(await targetsRoute.GET(request("GET", base), ctx({ liveStreamId: stream.id })))).data;
    expect(listed.map((t) => t.url)).toEqual(["rtmp://a.example.com/app", "srt://b.example.com:9000?streamid=x"]);
    const params = { liveStreamId: stream.id, simulcastTargetId: target.id };
    expect((await json<TargetJson>(await targetRoute.GET(request("GET", `${base}/${target.id}`), ctx(params)))).data).toEqual(target);
    expect((await targetRoute.GET(request("GET", `${base}/${target.id}`, undefined, otherAuth), ctx(params))).status).toBe(404);
    const invalid = await targetsRoute.POST(request("POST", base, { url: "ftp://x" }), ctx({ liveStreamId: stream.id }));
    expect((await errorOf(invalid)).messages[0]).toMatch(/^url: must be an rtmp/);

    await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: "http://127.0.0.1:1" });
    const busy = await targetRoute.DELETE(request("DELETE", `${base}/${target.id}`), ctx(params));
    expect(busy.status).toBe(409);
    expect((await errorOf(busy)).messages[0]).toMatch(/only while the live stream is not active/);
    expect((await targetsRoute.POST(request("POST", base, { url: "rtmp://c.example.com/app" }), ctx({ liveStreamId: stream.id }))).status).toBe(409);
    await test.db.update(liveStreams).set({ status: "idle" }).where(eq(liveStreams.id, stream.id));
    expect((await targetRoute.DELETE(request("DELETE", `${base}/${target.id}`), ctx(params))).status).toBe(204);
    expect((await targetRoute.GET(request("GET", `${base}/${target.id}`), ctx(params))).status).toBe(404);
  });

  it("shows the connected feed's health in snake_case and counts concurrent viewers from Video Data beacons", async () => {
    const stream = await create({ playback_policies: ["public"] });
    await beginLiveConnection({ liveStreamId: stream.id, protocol: "srt", originUrl: "http://127.0.0.1:1" });
    const health = {
      updatedAt: new Date().toISOString(), protocol: "srt" as const, videoCodec: "h264", audioCodec: "aac", width: 1280, height: 720,
      bitrateKbps: 2500, fps: 30, keyframeIntervalSeconds: 2, droppedFrames: 0, connectedSeconds: 12,
    };
    expect(await updateLiveStreamHealth({ liveStreamId: stream.id, health })).toBe(true);
    const got = (await json<StreamJson>(await one("GET", stream.id))).data;
    expect(got.health).toEqual({
      updated_at: health.updatedAt, protocol: "srt", video_codec: "h264", audio_codec: "aac", width: 1280, height: 720,
      bitrate_kbps: 2500, fps: 30, keyframe_interval_seconds: 2, dropped_frames: 0, connected_seconds: 12,
    });
    expect(got.active_ingest_protocol).toBe("srt");

    // Two players on the live playback ID (the player does not send live_stream_id); one of them leaves.
    const playbackId = stream.playback_ids[0]!.id;
    const views = [`v-${newId(12)}`, `v-${newId(12)}`];
    const now = Date.now();
    for (const viewId of views) {
      const res = await beaconsRoute.POST(
        new Request("http://localhost/data/v1/beacons", {
          method: "POST",
          headers: { "content-type": "text/plain", "user-agent": "Mozilla/5.0 Chrome/131.0.0.0" },
          body: JSON.stringify({ events: [{ view_id: viewId, seq: 0, type: "viewstart", ts: now, dimensions: { playback_id: playbackId, video_stream_type: "live" } }, { view_id: viewId, seq: 1, type: "playing", ts: now + 10 }] }),
        }),
      );
      expect(res.status).toBe(202);
    }
    const [row] = await test.db.$client`select live_stream_id from video_views where id = ${views[0]!}`;
    expect(row?.live_stream_id).toBe(stream.id);
    expect((await json<StreamJson>(await one("GET", stream.id))).data.viewer_count).toBe(2);
    await beaconsRoute.POST(
      new Request("http://localhost/data/v1/beacons", {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: JSON.stringify({ events: [{ view_id: views[1]!, seq: 2, type: "viewend", ts: now + 20 }] }),
      }),
    );
    expect((await json<StreamJson>(await one("GET", stream.id))).data.viewer_count).toBe(1);
  });
});

import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparePipelineEnv } from "@/server/testing/prepare-pipeline-env";

// The real client, registry and worker read the environment at import: point it at this test first.
await preparePipelineEnv();
const { startVideoPipeline } = await import("@/server/testing/start-video-pipeline");
const { testDatabaseKinds } = await import("@/server/testing/test-database");
const { assets, liveStreamSessions, liveStreams, webhookEvents } = await import("@/server/db/schema");
const { getStorage } = await import("@/server/storage/get-storage");
const { makeTestFlv } = await import("@/server/live/simulcast/testing/make-test-flv");
const { createLiveStream } = await import("@/server/live/create-live-stream");
const { beginLiveConnection } = await import("@/server/live/begin-live-connection");
const { endLiveConnection } = await import("@/server/live/end-live-connection");
const { completeLiveStream } = await import("@/server/live/complete-live-stream");

type Pipeline = Awaited<ReturnType<typeof startVideoPipeline>>;
const origin = "http://127.0.0.1:18380";

describe.each(testDatabaseKinds())("video-live-stream-finish (live-to-VOD) on %s", (kind) => {
  let pipeline: Pipeline;
  const fixture = (name: string) => path.join(pipeline.dataDir, "fixtures", name);
  const sessionRow = async (id: string) => (await pipeline.database.db.select().from(liveStreamSessions).where(eq(liveStreamSessions.id, id)))[0]!;
  const streamRow = async (id: string) => (await pipeline.database.db.select().from(liveStreams).where(eq(liveStreams.id, id)))[0]!;
  const webhooks = async (objectId: string) =>
    (await pipeline.database.db.select().from(webhookEvents).where(eq(webhookEvents.objectId, objectId)).orderBy(asc(webhookEvents.seq))).map((e) => e.type);
  /** One publisher connection that sent `file` (null: nothing recorded), as the ingest node reports it. */
  const connect = async (liveStreamId: string, file: string | null, mediaSeconds = 2) => {
    const begun = await beginLiveConnection({ liveStreamId, protocol: "rtmp", originUrl: origin });
    const key = file ? `live/${liveStreamId}/${begun.session.id}/recording-${String(begun.session.connectionCount).padStart(3, "0")}.flv` : null;
    return {
      begun,
      key,
      leave: async () => {
        if (key && file) await getStorage().put(key, { file });
        return endLiveConnection({ liveStreamId, sessionId: begun.session.id, recordingKey: key, mediaSeconds, reason: "publisher left" });
      },
    };
  };

  beforeAll(async () => {
    pipeline = await startVideoPipeline({ kind });
    await Promise.all([makeTestFlv(fixture("first.flv"), { seconds: 2 }), makeTestFlv(fixture("second.flv"), { seconds: 2, startSeconds: 7 })]);
  });
  afterAll(async () => {
    await pipeline?.close();
  });

  it("a publisher back within the window continues the session; after the window its two recordings become one ready ~4 s asset", async () => {
    const stream = await createLiveStream({ workspaceId: pipeline.workspaceId, settings: { playback_policy: ["public"], reconnect_window: 3, new_asset_settings: { playback_policy: ["public"] } } });
    const first = await connect(stream.id, fixture("first.flv"));
    const assetId = first.begun.assetId!;
    expect(assetId).toBeTruthy();
    await first.leave();
    // Back within 3 s: the first disconnect's window must not end the session.
    await new Promise((r) => setTimeout(r, 1_000));
    const second = await connect(stream.id, fixture("second.flv"));
    expect(second.begun).toMatchObject({ reconnected: true, session: { id: first.begun.session.id } });
    await second.leave();

    const ready = await pipeline.waitForAsset(assetId, (a) => a.status !== "preparing", 90_000);
    expect(ready).toMatchObject({ status: "ready", hasVideo: true, hasAudio: true, sourceKey: `assets/${assetId}/source`, liveStreamId: stream.id });
    expect(ready.duration).toBeGreaterThan(3.8);
    expect(ready.duration).toBeLessThan(4.3);
    expect(await sessionRow(first.begun.session.id)).toMatchObject({ status: "ended", endReason: "reconnect window elapsed", connectionCount: 2 });
    expect(await streamRow(stream.id)).toMatchObject({ status: "idle", activeSessionId: null });
    // The joined source replaces the per-connection recordings.
    expect(await getStorage().head(first.key!)).toBeNull();
    expect(await getStorage().head(second.key!)).toBeNull();
    const types = await webhooks(assetId);
    expect(types).toEqual(expect.arrayContaining(["video.asset.created", "video.asset.live_stream_completed", "video.asset.ready"]));
    expect(types.indexOf("video.asset.live_stream_completed")).toBeLessThan(types.indexOf("video.asset.ready"));
    expect(types.filter((t) => t === "video.asset.created")).toHaveLength(1);
  });

  it("completing a stream with its publisher still connected waits for the last recording, then makes the asset", async () => {
    const stream = await createLiveStream({ workspaceId: pipeline.workspaceId, settings: { playback_policy: ["public"], reconnect_window: 60 } });
    const only = await connect(stream.id, fixture("first.flv"));
    await completeLiveStream({ liveStreamId: stream.id, workspaceId: pipeline.workspaceId });
    // The ingest node notices the completion a moment later, disconnects the publisher and stores its recording.
    await new Promise((r) => setTimeout(r, 1_500));
    await only.leave();
    const ready = await pipeline.waitForAsset(only.begun.assetId!, (a) => a.status !== "preparing", 90_000);
    expect(ready).toMatchObject({ status: "ready" });
    expect(ready.duration).toBeGreaterThan(1.8);
    expect(ready.duration).toBeLessThan(2.3);
    expect(await sessionRow(only.begun.session.id)).toMatchObject({ status: "ended", endReason: "completed" });
  });

  it("a session whose publisher sent no media ends with an errored asset that says so", async () => {
    const stream = await createLiveStream({ workspaceId: pipeline.workspaceId, settings: { playback_policy: ["public"], reconnect_window: 0 } });
    const empty = await connect(stream.id, null, 0);
    await empty.leave();
    const errored = await pipeline.waitForAsset(empty.begun.assetId!, (a) => a.status !== "preparing", 30_000);
    expect(errored).toMatchObject({ status: "errored", errors: { type: "invalid_input", messages: ["the live stream sent no media"] } });
    expect(await sessionRow(empty.begun.session.id)).toMatchObject({ status: "ended", endReason: "reconnect window elapsed" });
    expect(await pipeline.database.db.select({ id: assets.id }).from(assets).where(eq(assets.liveStreamId, stream.id))).toHaveLength(1);
  });
});

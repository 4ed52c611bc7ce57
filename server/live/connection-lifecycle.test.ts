import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { assets, liveStreamSessions, liveStreams, playbackIds, webhookEvents } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import { useStorage } from "@/server/storage/get-storage";
import type { Storage } from "@/server/storage/storage";
import { startEventRecorder } from "@/server/testing/start-event-recorder";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { authorizeLivePublish } from "./authorize-live-publish";
import { beginLiveConnection } from "./begin-live-connection";
import { completeLiveStream } from "./complete-live-stream";
import { createLiveStream } from "./create-live-stream";
import { deleteLiveStream } from "./delete-live-stream";
import { disableLiveStream } from "./disable-live-stream";
import { endLiveConnection } from "./end-live-connection";
import { finishLiveSession } from "./finish-live-session";
import { getLiveStreamDetails } from "./get-live-stream-details";

const recorderPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 12_000);
  process.env.INNGEST_BASE_URL = `http://127.0.0.1:${port}`;
  return port;
});

const origin = "http://127.0.0.1:18380";

describe.each(testDatabaseKinds())("live connection lifecycle on %s", (kind) => {
  let test: TestDatabase;
  let recorder: Awaited<ReturnType<typeof startEventRecorder>>;
  let storage: Storage;
  let dir: string;
  let workspaceId: string;

  const newStream = (settings: Parameters<typeof createLiveStream>[0]["settings"] = {}) => createLiveStream({ workspaceId, settings });
  const streamRow = async (id: string) => (await test.db.query.liveStreams.findFirst({ where: eq(liveStreams.id, id) }))!;
  const sessionRow = async (id: string) => (await test.db.query.liveStreamSessions.findFirst({ where: eq(liveStreamSessions.id, id) }))!;
  const webhooks = async (objectId: string) =>
    (await test.db.select().from(webhookEvents).where(eq(webhookEvents.objectId, objectId)).orderBy(asc(webhookEvents.seq))).map((e) => e.type);
  const end = (liveStreamId: string, sessionId: string, recordingKey: string | null, mediaSeconds = 4) =>
    endLiveConnection({ liveStreamId, sessionId, recordingKey, mediaSeconds, reason: "publisher left" });

  beforeAll(async () => {
    test = await useTestDatabase(kind);
    recorder = await startEventRecorder(recorderPort);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-live-lifecycle-"));
    storage = createLocalStorage(dir);
    useStorage(storage);
    const org = await ensureDefaultSetup();
    workspaceId = (await createWorkspace({ organizationId: org.id, name: "live-lifecycle" })).id;
  });
  afterAll(async () => {
    await test?.close();
    await recorder?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("authorizes a known key only: unknown, disabled and already-connected keys are refused with a reason", async () => {
    const stream = await newStream();
    expect(await authorizeLivePublish({ streamKey: "nope", protocol: "rtmp" })).toEqual({ ok: false, reason: "unknown stream key" });
    expect(await authorizeLivePublish({ streamKey: "", protocol: "rtmp" })).toEqual({ ok: false, reason: "no stream key" });
    expect(await authorizeLivePublish({ streamKey: stream.streamKey, protocol: "rtmp" })).toMatchObject({ ok: true, liveStream: { id: stream.id } });
    await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: origin });
    expect(await authorizeLivePublish({ streamKey: stream.streamKey, protocol: "srt" })).toEqual({ ok: false, reason: "the live stream already has a connected publisher" });
    await disableLiveStream({ liveStreamId: stream.id, workspaceId });
    expect(await authorizeLivePublish({ streamKey: stream.streamKey, protocol: "rtmp" })).toEqual({ ok: false, reason: "the live stream is disabled" });
  });

  it("lets only one of two publishers racing with one key begin", async () => {
    const stream = await newStream();
    const results = await Promise.allSettled([
      beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: origin }),
      beginLiveConnection({ liveStreamId: stream.id, protocol: "srt", originUrl: origin }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect(refused.reason).toMatchObject({ code: "conflict", message: "The live stream already has a connected publisher" });
    expect(await test.db.select().from(liveStreamSessions).where(eq(liveStreamSessions.liveStreamId, stream.id))).toHaveLength(1);
  });

  it("connects, drops, reconnects into the same session, and finishes: one recording asset, webhooks in order", async () => {
    const stream = await newStream({ playback_policies: ["public"], new_asset_settings: { playback_policies: ["public", "signed"], passthrough: "rec" } });

    const first = await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: origin });
    expect(first.reconnected).toBe(false);
    expect(first.session).toMatchObject({ status: "live", connectionCount: 1, liveStreamId: stream.id });
    expect(first.liveStream).toMatchObject({ status: "active", activeSessionId: first.session.id, activeAssetId: first.assetId, activeIngestProtocol: "rtmp", originUrl: origin });
    const asset = (await test.db.query.assets.findFirst({ where: eq(assets.id, first.assetId!) }))!;
    expect(asset).toMatchObject({ status: "preparing", liveStreamId: stream.id, passthrough: "rec", settings: { input: [{ url: `live://${stream.id}` }] } });
    const assetIds = await test.db.select().from(playbackIds).where(eq(playbackIds.assetId, asset.id));
    expect(assetIds.map((p) => p.policy).sort()).toEqual(["public", "signed"]);
    // The recording is announced (webhook) but not processed until live-to-VOD.
    expect(await webhooks(asset.id)).toEqual(["video.asset.created"]);
    expect(recorder.named("video/asset.created").filter((e) => e.data.assetId === asset.id)).toEqual([]);

    const left = await end(stream.id, first.session.id, `live/${stream.id}/${first.session.id}/recording-001.flv`, 4.2);
    expect(left!.session).toMatchObject({ status: "reconnecting", recordingKeys: [`live/${stream.id}/${first.session.id}/recording-001.flv`], duration: 4.2 });
    expect(await streamRow(stream.id)).toMatchObject({ status: "active", activeIngestProtocol: null, health: null, activeSessionId: first.session.id });
    const disconnected = recorder.named("video/live-stream.disconnected").find((e) => e.data.liveStreamId === stream.id)!;
    expect(disconnected.data).toEqual({ liveStreamId: stream.id, workspaceId, sessionId: first.session.id, disconnectedAt: left!.session.lastDisconnectedAt!.toISOString() });
    // A second end for the same connection changes nothing.
    expect(await end(stream.id, first.session.id, "other.flv")).toBeNull();

    expect((await authorizeLivePublish({ streamKey: stream.streamKey, protocol: "srt" })).ok).toBe(true);
    const second = await beginLiveConnection({ liveStreamId: stream.id, protocol: "srt", originUrl: origin });
    expect(second).toMatchObject({ reconnected: true, assetId: asset.id, session: { id: first.session.id, status: "live", connectionCount: 2 } });
    await end(stream.id, first.session.id, `live/${stream.id}/${first.session.id}/recording-002.flv`, 3);

    const finished = await finishLiveSession({ liveStreamId: stream.id, sessionId: first.session.id, reason: "reconnect window elapsed" });
    expect(finished).toMatchObject({ assetId: asset.id, session: { status: "ended", endReason: "reconnect window elapsed", duration: 7.2, connectionCount: 2 } });
    expect(finished!.session.recordingKeys).toHaveLength(2);
    expect(await finishLiveSession({ liveStreamId: stream.id, sessionId: first.session.id, reason: "again" })).toBeNull();
    expect(await streamRow(stream.id)).toMatchObject({ status: "idle", activeSessionId: null, activeAssetId: null, activeIngestProtocol: null });

    expect(await webhooks(stream.id)).toEqual([
      "video.live_stream.created",
      "video.live_stream.connected",
      "video.live_stream.recording",
      "video.live_stream.active",
      "video.live_stream.disconnected",
      "video.live_stream.connected",
      "video.live_stream.recording",
      "video.live_stream.disconnected",
      "video.live_stream.idle",
    ]);
    const [active] = await test.db.select().from(webhookEvents).where(and(eq(webhookEvents.objectId, stream.id), eq(webhookEvents.type, "video.live_stream.active")));
    expect(active!.data).toMatchObject({ id: stream.id, status: "active", active_asset_id: asset.id, active_ingest_protocol: "rtmp", recent_asset_ids: [asset.id] });

    const details = await getLiveStreamDetails({ liveStreamId: stream.id, workspaceId });
    expect(details.sessions).toEqual([expect.objectContaining({ id: first.session.id, status: "ended", connectionCount: 2, assetId: asset.id })]);
    expect(details.recordings).toEqual([expect.objectContaining({ id: asset.id, status: "preparing" })]);
    expect(details.viewerCount).toBe(0);

    // The next broadcast is a new session with a new recording.
    const next = await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: origin });
    expect(next.reconnected).toBe(false);
    expect(next.session.id).not.toBe(first.session.id);
    expect(next.assetId).not.toBe(asset.id);
  });

  it("records nothing when new_asset_settings is null", async () => {
    const stream = await newStream({ new_asset_settings: null });
    const begun = await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: origin });
    expect(begun.assetId).toBeNull();
    expect(await webhooks(stream.id)).toEqual(["video.live_stream.created", "video.live_stream.connected", "video.live_stream.active"]);
  });

  it("completes a broadcast at once while the publisher is still connected; the connection's recording still joins the session", async () => {
    const stream = await newStream();
    const begun = await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: origin });
    const completed = await completeLiveStream({ liveStreamId: stream.id, workspaceId });
    expect(completed).toMatchObject({ status: "idle", activeSessionId: null, activeIngestProtocol: "rtmp" });
    expect((await sessionRow(begun.session.id)).endReason).toBe("completed");
    expect(recorder.named("video/live-stream.completed").map((e) => e.data)).toContainEqual({ liveStreamId: stream.id, sessionId: begun.session.id, workspaceId });
    // Its key stays busy until the ingest node has cut the publisher off.
    expect((await authorizeLivePublish({ streamKey: stream.streamKey, protocol: "rtmp" })).ok).toBe(false);

    const left = await end(stream.id, begun.session.id, "live/x/recording-001.flv", 9);
    expect(left!.session).toMatchObject({ status: "ended", recordingKeys: ["live/x/recording-001.flv"], duration: 9 });
    expect(await end(stream.id, begun.session.id, "again.flv")).toBeNull();
    expect((await streamRow(stream.id)).activeIngestProtocol).toBeNull();
    expect((await authorizeLivePublish({ streamKey: stream.streamKey, protocol: "rtmp" })).ok).toBe(true);
    expect(await webhooks(stream.id)).toEqual([
      "video.live_stream.created",
      "video.live_stream.connected",
      "video.live_stream.recording",
      "video.live_stream.active",
      "video.live_stream.idle",
      "video.live_stream.disconnected",
    ]);
  });

  it("disabling ends a broadcast in the reconnect window and asks for live-to-VOD", async () => {
    const stream = await newStream();
    const begun = await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: origin });
    await end(stream.id, begun.session.id, "k.flv");
    const disabled = await disableLiveStream({ liveStreamId: stream.id, workspaceId });
    expect(disabled).toMatchObject({ status: "disabled", activeSessionId: null, activeIngestProtocol: null });
    expect(await sessionRow(begun.session.id)).toMatchObject({ status: "ended", endReason: "disabled" });
    expect(recorder.named("video/live-stream.completed").map((e) => e.data.sessionId)).toContain(begun.session.id);
    await expect(beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: origin })).rejects.toThrow("The live stream is disabled");
  });

  it("takes over the session of a publisher whose ingest node stopped reporting", async () => {
    const stream = await newStream();
    const begun = await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: origin });
    await test.db.update(liveStreams).set({ connectedAt: new Date(Date.now() - 120_000), health: null }).where(eq(liveStreams.id, stream.id));
    expect((await authorizeLivePublish({ streamKey: stream.streamKey, protocol: "rtmp" })).ok).toBe(true);
    const again = await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: "http://127.0.0.1:28380" });
    expect(again).toMatchObject({ reconnected: true, session: { id: begun.session.id, connectionCount: 2 }, liveStream: { originUrl: "http://127.0.0.1:28380" } });
  });

  it("deleting a stream mid-broadcast errors its recording, removes its playback IDs and stored live files", async () => {
    const stream = await newStream({ playback_policies: ["public"] });
    const begun = await beginLiveConnection({ liveStreamId: stream.id, protocol: "rtmp", originUrl: origin });
    await storage.put(`live/${stream.id}/${begun.session.id}/recording-001.flv`, Buffer.from("flv"));
    await deleteLiveStream({ liveStreamId: stream.id, workspaceId });
    expect(await test.db.query.liveStreams.findFirst({ where: eq(liveStreams.id, stream.id) })).toBeUndefined();
    expect(await test.db.select().from(playbackIds).where(eq(playbackIds.liveStreamId, stream.id))).toEqual([]);
    expect(await storage.list(`live/${stream.id}/`)).toEqual([]);
    const asset = (await test.db.query.assets.findFirst({ where: eq(assets.id, begun.assetId!) }))!;
    expect(asset).toMatchObject({ status: "errored", errors: { messages: ["The live stream was deleted during the broadcast; its recording was discarded"] } });
    const hooks = await webhooks(stream.id);
    expect(hooks.at(-1)).toBe("video.live_stream.deleted");
    const [deleted] = await test.db.select().from(webhookEvents).where(and(eq(webhookEvents.objectId, stream.id), eq(webhookEvents.type, "video.live_stream.deleted")));
    expect(deleted!.data).toMatchObject({ id: stream.id, playback_ids: [{ policy: "public" }] });
    expect(await authorizeLivePublish({ streamKey: stream.streamKey, protocol: "rtmp" })).toEqual({ ok: false, reason: "unknown stream key" });
    // The ingest node's end of that connection finds nothing to end; it owns the file now.
    expect(await end(stream.id, begun.session.id, "late.flv")).toBeNull();
  });
});

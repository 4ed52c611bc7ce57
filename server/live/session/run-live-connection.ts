import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { beginLiveConnection } from "@/server/live/begin-live-connection";
import { endLiveConnection } from "@/server/live/end-live-connection";
import type { IngestConnection } from "@/server/live/ingest/ingest-types";
import { createLivePackager } from "@/server/live/packager/create-live-packager";
import { createRecordingWriter } from "@/server/live/recording/create-recording-writer";
import { createSimulcastFeed } from "@/server/live/simulcast/create-simulcast-feed";
import type { Storage } from "@/server/storage/storage";
import { chooseLiveLadder } from "./choose-live-ladder";
import type { LiveHub, LiveSessionState } from "./live-hub";
import { spawnLiveTranscoder } from "./spawn-live-transcoder";
import { syncSessionSimulcast } from "./sync-session-simulcast";

export type LiveNode = { hub: LiveHub; storage: Storage; originUrl: string; dvrWindowSeconds: number; maxRenditions: number };

/**
 * One publisher connection, start to end: joins (or starts) the stream's session, transcodes the
 * FLV into the session's ladder for the packager, records it, feeds simulcast, and on the way out
 * hands the session to the reconnect window (endLiveConnection).
 */
export async function runLiveConnection(conn: IngestConnection, node: LiveNode, liveStream: { id: string; latencyMode: "low" | "reduced" | "standard"; maxContinuousDuration: number }): Promise<void> {
  const video = await conn.videoReady;
  if (!video) {
    conn.close("no video arrived within 10 seconds");
    return;
  }
  let begun: Awaited<ReturnType<typeof beginLiveConnection>>;
  try {
    begun = await beginLiveConnection({ liveStreamId: liveStream.id, protocol: conn.protocol, originUrl: node.originUrl });
  } catch (error) {
    conn.close(error instanceof Error ? error.message : "the stream could not start");
    return;
  }
  const { session } = begun;
  const state = sessionStateFor(node, begun, liveStream, video, conn);
  const stats = conn.stats();
  const transcoder = spawnLiveTranscoder({ renditions: state.renditions, hasAudio: stats.audioCodec !== null || stats.audioFrames > 0 });
  state.connection = { conn, droppedFrames: transcoder.droppedFrames, maxContinuousDuration: liveStream.maxContinuousDuration };

  const packaging = state.packager.beginConnection({ wallClockAtStart: stats.firstVideoAt ?? Date.now() });
  // pipeline (not pipe) ends the packager's input however ffmpeg's output ends, so done() can't hang.
  state.renditions.forEach((r, i) => void pipeline(transcoder.outputs[i]!, packaging.input(r.name)).catch(() => undefined));

  const recordingKey = `live/${liveStream.id}/${session.id}/recording-${String(session.connectionCount).padStart(3, "0")}.flv`;
  const recording = begun.assetId ? createRecordingWriter({ storage: node.storage, key: recordingKey }) : null;
  // Simulcast reads its own copy; the tee never waits for it (pushes drop frames when they lag).
  const simulcastFlv = new PassThrough({ highWaterMark: 4 * 1024 * 1024 });
  state.simulcastFeed = createSimulcastFeed(simulcastFlv);
  void syncSessionSimulcast(state, true).catch((error: unknown) => console.error("[live] simulcast start failed", error));

  conn.flv.on("data", (chunk: Buffer) => {
    if (!transcoder.stdin.write(chunk)) {
      conn.flv.pause();
      transcoder.stdin.once("drain", () => conn.flv.resume());
    }
    recording?.write(chunk);
    if (simulcastFlv.writableLength < 4 * 1024 * 1024) simulcastFlv.write(chunk);
  });

  const ended = await Promise.race([conn.closed.then((c) => c.reason), transcoder.exited.then((e) => e.reason)]);
  conn.close(ended);
  await transcoder.stop();
  await packaging.done().catch(() => undefined);
  state.simulcastFeed = null;
  state.connection = null;
  await syncSessionSimulcast(state, false).catch((error: unknown) => console.error("[live] simulcast stop failed", error));
  simulcastFlv.end();
  let storedKey: string | null = null;
  if (recording) {
    storedKey = await new Promise<string | null>((resolve) => {
      recording.once("stored", (key: string) => resolve(key));
      recording.once("error", (error: unknown) => {
        console.error(`[live] recording of ${liveStream.id} could not be stored`, error);
        resolve(null);
      });
      recording.end();
    });
  }
  const mediaSeconds = conn.stats().mediaSeconds;
  await endLiveConnection({ liveStreamId: liveStream.id, sessionId: session.id, recordingKey: storedKey, mediaSeconds, reason: ended });
  console.log(`[live] ${liveStream.id}: publisher left (${ended}) after ${mediaSeconds.toFixed(1)} s`);
}

/** The session's state on this node: kept across a reconnect (MSNs continue), new for a new session. */
function sessionStateFor(
  node: LiveNode,
  begun: Awaited<ReturnType<typeof beginLiveConnection>>,
  liveStream: { id: string; latencyMode: "low" | "reduced" | "standard"; maxContinuousDuration: number },
  video: NonNullable<Awaited<IngestConnection["videoReady"]>>,
  conn: IngestConnection,
): LiveSessionState {
  const existing = node.hub.get(liveStream.id);
  if (existing && existing.sessionId === begun.session.id && !existing.endedAt) return existing;
  if (existing) {
    existing.packager.close();
    void existing.deleteSegments().catch(() => undefined);
  }
  const renditions = chooseLiveLadder({
    codec: video.codec,
    width: video.width,
    height: video.height,
    frameRate: video.frameRate,
    sourceBitrateKbps: conn.stats().bitrateKbps || null,
    maxRenditions: node.maxRenditions,
  });
  const packager = createLivePackager({
    liveStreamId: liveStream.id,
    latencyMode: liveStream.latencyMode,
    renditions: renditions.map((r) => ({ name: r.name, width: r.width, height: r.height, frameRate: r.frameRate, bandwidth: Math.round(r.bitrateKbps * 1000 * 1.1 + 128_000) })),
    dvrWindowSeconds: Math.min(node.dvrWindowSeconds, liveStream.maxContinuousDuration),
    storage: node.storage,
    storagePrefix: `live/${liveStream.id}/${begun.session.id}`,
  });
  const state: LiveSessionState = {
    liveStreamId: liveStream.id,
    workspaceId: begun.liveStream.workspaceId,
    sessionId: begun.session.id,
    renditions,
    packager,
    connection: null,
    simulcastFeed: null,
    simulcast: new Map(),
    async deleteSegments() {
      for (const r of renditions) await node.storage.deletePrefix(`live/${liveStream.id}/${begun.session.id}/${r.name}/`);
    },
    endedAt: null,
  };
  node.hub.set(liveStream.id, state);
  return state;
}


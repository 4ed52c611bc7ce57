import { inArray } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { liveStreams, type LiveStreamHealth } from "@/server/db/schema";
import { updateLiveStreamHealth } from "@/server/live/update-live-stream-health";
import type { LiveHub, LiveSessionState } from "./live-hub";
import { syncSessionSimulcast } from "./sync-session-simulcast";

/** How long an ended session's playlists (with EXT-X-ENDLIST) stay served from this node; its stored segments go with it. */
const ENDED_RETENTION_MS = 120_000;

/**
 * The ingest node's control loop, every `intervalMs`: writes each connected stream's health,
 * disconnects publishers whose stream was disabled, completed or deleted (or who exceeded
 * max_continuous_duration), keeps simulcast targets in step with the database, and ends the
 * packagers of sessions that finished (the reconnect window elapsed, or the stream was completed).
 */
export function watchLiveSessions(hub: LiveHub, intervalMs = 2_000): { stop(): void; tick(): Promise<void> } {
  let running = false;
  const tick = async () => {
    if (running || hub.size === 0) return;
    running = true;
    try {
      const db = await getDb();
      const ids = [...hub.keys()];
      const rows = await db
        .select({ id: liveStreams.id, status: liveStreams.status, activeSessionId: liveStreams.activeSessionId })
        .from(liveStreams)
        .where(inArray(liveStreams.id, ids));
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const state of hub.values()) await checkSession(hub, state, byId.get(state.liveStreamId) ?? null);
    } catch (error) {
      console.error("[live] session check failed", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), tick };
}

async function checkSession(hub: LiveHub, state: LiveSessionState, row: { status: string; activeSessionId: string | null } | null) {
  const now = Date.now();
  const current = row !== null && row.activeSessionId === state.sessionId;
  const connection = state.connection;
  if (connection) {
    const stats = connection.conn.stats();
    const refusal = !row
      ? "the live stream was deleted"
      : row.status === "disabled"
        ? "the live stream was disabled"
        : !current
          ? "the live stream was completed"
          : now - stats.connectedAt > connection.maxContinuousDuration * 1000
            ? "max_continuous_duration reached"
            : null;
    if (refusal) connection.conn.close(refusal);
    else {
      const health: LiveStreamHealth = {
        updatedAt: new Date(now).toISOString(),
        protocol: connection.conn.protocol,
        videoCodec: stats.videoCodec,
        audioCodec: stats.audioCodec,
        width: stats.width,
        height: stats.height,
        bitrateKbps: Math.round(stats.bitrateKbps),
        fps: Math.round(stats.fps * 100) / 100,
        keyframeIntervalSeconds: stats.keyframeIntervalSeconds,
        droppedFrames: connection.droppedFrames(),
        connectedSeconds: Math.round((now - stats.connectedAt) / 1000),
      };
      await updateLiveStreamHealth({ liveStreamId: state.liveStreamId, health }).catch((error: unknown) => console.error("[live] health update failed", error));
    }
  }
  await syncSessionSimulcast(state, current && state.connection !== null).catch((error: unknown) => console.error("[live] simulcast sync failed", error));
  if (!state.connection && !current && !state.endedAt) {
    state.packager.end();
    state.endedAt = now;
  }
  if (state.endedAt && now - state.endedAt > ENDED_RETENTION_MS) {
    state.packager.close();
    hub.delete(state.liveStreamId);
    await state.deleteSegments().catch((error: unknown) => console.error(`[live] could not delete the segments of ${state.sessionId}`, error));
  }
}

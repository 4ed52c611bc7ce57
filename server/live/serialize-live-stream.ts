import { unixSeconds } from "@/server/assets/serialize-asset";
import type { liveStreams, playbackIds, simulcastTargets } from "@/server/db/schema";
import type { LiveStreamHealth } from "@/server/db/schema/live";
import { buildIngestUrls } from "./build-ingest-urls";
import { serializeSimulcastTarget } from "./serialize-simulcast-target";

type LiveStream = typeof liveStreams.$inferSelect;

export type LiveStreamRelations = {
  playbackIds: (typeof playbackIds.$inferSelect)[];
  /** Recording assets, oldest first (Mux lists the newest last). */
  recentAssetIds: string[];
  simulcastTargets: (typeof simulcastTargets.$inferSelect)[];
  /** Concurrent viewers now; only GET of one stream computes it. */
  viewerCount?: number;
};

/** The ingest's measurements of the connected feed, snake_case; null when no publisher is connected. */
export function serializeLiveStreamHealth(health: LiveStreamHealth | null) {
  if (!health) return null;
  return {
    updated_at: health.updatedAt,
    protocol: health.protocol,
    video_codec: health.videoCodec,
    audio_codec: health.audioCodec,
    width: health.width,
    height: health.height,
    bitrate_kbps: health.bitrateKbps,
    fps: health.fps,
    keyframe_interval_seconds: health.keyframeIntervalSeconds,
    dropped_frames: health.droppedFrames,
    connected_seconds: health.connectedSeconds,
  };
}

/** A live stream as the public API returns it: Mux's fields, then Keyframe's `ingest`, `health` and `viewer_count`. */
export function serializeLiveStream(row: LiveStream, relations: LiveStreamRelations) {
  return {
    id: row.id,
    created_at: unixSeconds(row.createdAt)!,
    stream_key: row.streamKey,
    status: row.status,
    playback_ids: relations.playbackIds.map((p) => ({ id: p.id, policy: p.policy })),
    new_asset_settings: row.newAssetSettings ?? undefined,
    reconnect_window: row.reconnectWindow,
    latency_mode: row.latencyMode,
    max_continuous_duration: row.maxContinuousDuration,
    active_asset_id: row.activeAssetId ?? undefined,
    recent_asset_ids: relations.recentAssetIds,
    simulcast_targets: relations.simulcastTargets.map(serializeSimulcastTarget),
    passthrough: row.passthrough ?? undefined,
    test: row.test || undefined,
    active_ingest_protocol: row.activeIngestProtocol ?? undefined,
    ingest: buildIngestUrls(row.streamKey),
    health: serializeLiveStreamHealth(row.health),
    ...(relations.viewerCount === undefined ? {} : { viewer_count: relations.viewerCount }),
  };
}

export type LiveStreamJson = ReturnType<typeof serializeLiveStream>;

import { dimensionKeys, type DimensionKey } from "../dimensions";

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());
const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** A video_views row as the Data API's video view (Mux-style names; times in ms, shares 0..1). */
export function serializeVideoView(row: Record<string, unknown>) {
  const seekCount = Number(row.seek_count ?? 0);
  return {
    id: row.id as string,
    view_start: iso(row.started_at),
    view_end: iso(row.ended_at),
    last_event_at: iso(row.last_event_at),
    ...(Object.fromEntries(dimensionKeys.map((k) => [k, row[k] ?? null])) as Record<DimensionKey, string | boolean | null>),
    page_url: (row.page_url as string | null) ?? null,
    error_message: (row.error_message as string | null) ?? null,
    event_count: Number(row.event_count ?? 0),
    watch_time: n(row.watch_time_ms),
    playing_time: n(row.playing_time_ms),
    video_startup_time: n(row.video_startup_time_ms),
    player_startup_time: n(row.player_startup_time_ms),
    page_load_time: n(row.page_load_time_ms),
    rebuffer_count: Number(row.rebuffer_count ?? 0),
    rebuffer_duration: n(row.rebuffer_duration_ms),
    rebuffer_percentage: n(row.rebuffer_percentage),
    rebuffer_frequency: n(row.rebuffer_frequency),
    seek_count: seekCount,
    seek_latency: seekCount ? Number(row.seek_latency_total_ms) / seekCount : null,
    weighted_average_bitrate: n(row.average_bitrate),
    upscale_percentage: n(row.upscale_percentage),
    downscale_percentage: n(row.downscale_percentage),
    max_upscale_percentage: n(row.max_upscale_percentage),
    startup_time_score: n(row.startup_time_score),
    smoothness_score: n(row.smoothness_score),
    video_quality_score: n(row.video_quality_score),
    playback_success_score: n(row.playback_success_score),
    viewer_experience_score: n(row.viewer_experience_score),
  };
}

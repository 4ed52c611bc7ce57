import type { BeaconEvent } from "../beacon-schema";
import { computeViewMetrics } from "../compute-view-metrics";
import { foldViewEvents } from "../fold-view-events";
import type { ViewState } from "../view-state";
import type { GeoDimensions } from "./read-request-geo";
import type { UserAgentDimensions } from "./parse-user-agent";

/** A video_views row keyed by column name (the dimension registry's keys are the column names). */
export type ViewRow = Record<string, unknown> & { id: string; workspace_id: string; state: ViewState; started_at: Date };

export type ServerDimensions = UserAgentDimensions & GeoDimensions;

// Client dimensions stored as they come (the rest of the wire format's keys feed metrics or derive).
const clientColumns = [
  "playback_id", "asset_id", "live_stream_id", "viewer_id", "view_session_id", "video_title", "video_id", "video_series",
  "video_content_type", "video_encoding_variant", "video_source_type", "video_stream_type", "player_name", "player_version",
  "player_software", "player_software_version", "player_autoplay", "player_preload", "player_remote_played", "page_url",
  "page_type", "sdk_name", "sdk_version", "experiment_name", "sub_property_id", "drm_type", "cdn", "connection_type",
  "custom_1", "custom_2", "custom_3", "custom_4", "custom_5", "custom_6", "custom_7", "custom_8", "custom_9", "custom_10",
] as const;

const hostname = (url: unknown) => {
  if (typeof url !== "string" || !url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
};

/**
 * The next state of one view: the previous row (or none) plus this batch's new events and the
 * request's server-derived dimensions. Client dimensions: latest value wins; server ones: first seen.
 */
export function buildViewRow(input: {
  previous: ViewRow | null;
  viewId: string;
  workspaceId: string;
  events: readonly BeaconEvent[];
  server: ServerDimensions;
  receivedAt: Date;
}): ViewRow {
  const { previous, events } = input;
  const row: Record<string, unknown> = { ...(previous ?? {}) };
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const d = e.dimensions as Record<string, unknown> | undefined;
    if (!d) continue;
    for (const key of clientColumns) if (d[key] !== undefined) row[key] = d[key];
    if (d.video_source_url !== undefined) row.video_source_hostname = hostname(d.video_source_url);
    if (d.player_width !== undefined && d.player_height !== undefined) row.player_resolution = `${d.player_width}x${d.player_height}`;
  }
  for (const [key, value] of Object.entries(input.server)) if (row[key] == null && value != null) row[key] = value;
  row.page_hostname = hostname(row.page_url);
  const state = foldViewEvents(previous?.state ?? null, events);
  const m = computeViewMetrics(state);
  const now = input.receivedAt.getTime();
  const lastSeq = Math.max(Number(previous?.last_seq ?? -1), ...events.map((e) => e.seq));
  return {
    ...row,
    id: input.viewId,
    workspace_id: input.workspaceId,
    state,
    // Client clocks run ahead sometimes; a view never starts in the future.
    started_at: previous?.started_at ?? new Date(Math.min(state.firstEventAt ?? now, now)),
    // Server time, so "viewers now" does not depend on the viewer's clock.
    last_event_at: input.receivedAt,
    // A fatal error ends the view as surely as a viewend.
    ended_at: (state.viewEnded || state.fatalError) && state.lastEventAt !== null ? new Date(Math.min(state.lastEventAt, now)) : null,
    event_count: Number(previous?.event_count ?? 0) + events.length,
    last_seq: lastSeq,
    exit_before_video_start: m.exitBeforeVideoStart,
    view_has_ad: false,
    video_startup_failed: m.videoStartupFailed,
    playback_failed: m.playbackFailed,
    error_code: m.errorCode,
    error_message: m.errorMessage,
    watch_time_ms: m.watchTimeMs,
    playing_time_ms: m.playingTimeMs,
    video_startup_time_ms: m.videoStartupTimeMs,
    player_startup_time_ms: m.playerStartupTimeMs,
    page_load_time_ms: m.pageLoadTimeMs,
    rebuffer_count: m.rebufferCount,
    rebuffer_duration_ms: m.rebufferDurationMs,
    rebuffer_percentage: m.rebufferPercentage,
    rebuffer_frequency: m.rebufferFrequency,
    seek_count: m.seekCount,
    seek_latency_total_ms: m.seekLatencyTotalMs,
    average_bitrate: m.averageBitrate,
    upscale_percentage: m.upscalePercentage,
    downscale_percentage: m.downscalePercentage,
    max_upscale_percentage: m.maxUpscalePercentage,
    startup_time_score: m.startupTimeScore,
    smoothness_score: m.smoothnessScore,
    video_quality_score: m.videoQualityScore,
    playback_success_score: m.playbackSuccessScore,
    viewer_experience_score: m.viewerExperienceScore,
  };
}

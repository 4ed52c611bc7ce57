import { rollupDimensionKeys } from "../dimensions";

/** The measures one view adds to its hourly rollup row (video_view_rollups_hourly columns). */
export const rollupMeasureColumns = [
  "views", "watch_time_ms", "playing_time_ms", "video_startup_time_sum", "video_startup_time_count", "player_startup_time_sum",
  "player_startup_time_count", "page_load_time_sum", "page_load_time_count", "rebuffer_count", "rebuffer_duration_ms", "seek_count",
  "seek_latency_total_ms", "bitrate_sum", "bitrate_count", "upscale_sum", "downscale_sum", "scale_count", "playback_failures",
  "startup_failures", "exits_before_video_start", "startup_time_score_sum", "startup_time_score_count", "smoothness_score_sum",
  "smoothness_score_count", "video_quality_score_sum", "video_quality_score_count", "playback_success_score_sum",
  "playback_success_score_count", "viewer_experience_score_sum", "viewer_experience_score_count",
] as const;

export type RollupMeasure = (typeof rollupMeasureColumns)[number];
export interface RollupContribution {
  key: string;
  keyColumns: Record<string, string | Date>;
  measures: Record<RollupMeasure, number>;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const sumCount = (v: unknown): [number, number] => {
  const n = num(v);
  return n === null || Number.isNaN(n) ? [0, 0] : [n, 1];
};

/** A view's contribution to the rollup, keyed by workspace, start hour and the rollup dimensions. */
export function viewRollupContribution(view: Record<string, unknown>): RollupContribution {
  const started = view.started_at instanceof Date ? view.started_at : new Date(String(view.started_at));
  const bucket = new Date(Math.floor(started.getTime() / 3_600_000) * 3_600_000);
  const keyColumns: Record<string, string | Date> = { workspace_id: String(view.workspace_id), bucket };
  for (const k of rollupDimensionKeys) keyColumns[k] = view[k] == null ? "" : String(view[k]);
  const [vs, vc] = sumCount(view.video_startup_time_ms);
  const [ps, pc] = sumCount(view.player_startup_time_ms);
  const [ls, lc] = sumCount(view.page_load_time_ms);
  const [bs, bc] = sumCount(view.average_bitrate);
  const [us, uc] = sumCount(view.upscale_percentage);
  const [ds] = sumCount(view.downscale_percentage);
  const score = (c: string) => sumCount(view[c]);
  const [s1, c1] = score("startup_time_score");
  const [s2, c2] = score("smoothness_score");
  const [s3, c3] = score("video_quality_score");
  const [s4, c4] = score("playback_success_score");
  const [s5, c5] = score("viewer_experience_score");
  const measures: Record<RollupMeasure, number> = {
    views: 1,
    watch_time_ms: Number(view.watch_time_ms ?? 0),
    playing_time_ms: Number(view.playing_time_ms ?? 0),
    video_startup_time_sum: vs,
    video_startup_time_count: vc,
    player_startup_time_sum: ps,
    player_startup_time_count: pc,
    page_load_time_sum: ls,
    page_load_time_count: lc,
    rebuffer_count: Number(view.rebuffer_count ?? 0),
    rebuffer_duration_ms: Number(view.rebuffer_duration_ms ?? 0),
    seek_count: Number(view.seek_count ?? 0),
    seek_latency_total_ms: Number(view.seek_latency_total_ms ?? 0),
    bitrate_sum: bs,
    bitrate_count: bc,
    upscale_sum: us,
    downscale_sum: ds,
    scale_count: uc,
    playback_failures: view.playback_failed ? 1 : 0,
    startup_failures: view.video_startup_failed ? 1 : 0,
    exits_before_video_start: view.exit_before_video_start ? 1 : 0,
    startup_time_score_sum: s1,
    startup_time_score_count: c1,
    smoothness_score_sum: s2,
    smoothness_score_count: c2,
    video_quality_score_sum: s3,
    video_quality_score_count: c3,
    playback_success_score_sum: s4,
    playback_success_score_count: c4,
    viewer_experience_score_sum: s5,
    viewer_experience_score_count: c5,
  };
  return { key: [keyColumns.workspace_id, bucket.getTime(), ...rollupDimensionKeys.map((k) => keyColumns[k])].join("\u0000"), keyColumns, measures };
}

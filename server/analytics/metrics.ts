/**
 * THE list of Video Data metrics (Mux's names): how each aggregates over views, per measurement,
 * as SQL over the video_views table (`views`) and, where the hourly rollup holds the sums it
 * needs, over video_view_rollups_hourly (`rollup`). The Data API, the console and the query store
 * all read this registry. Percentages and scores are fractions 0..1, times are milliseconds.
 */
export const measurements = ["avg", "median", "95th", "sum", "count"] as const;
export type Measurement = (typeof measurements)[number];

type Sql = string;
interface MetricDef {
  label: string;
  type: "number" | "milliseconds" | "percentage" | "score" | "bitrate" | "per_minute";
  /** Which way is good, for breakdown impact ranking. */
  better: "higher" | "lower";
  measurements: Partial<Record<Measurement, { views: Sql; rollup: Sql | null }>>;
}

const ratio = (num: string, den: string): Sql => `(sum(${num})::float8 / nullif(sum(${den}), 0))`;
const timing = (col: string, sum: string, count: string) => ({
  avg: { views: `avg(${col})`, rollup: ratio(sum, count) },
  median: { views: `percentile_cont(0.5) within group (order by ${col})`, rollup: null },
  "95th": { views: `percentile_cont(0.95) within group (order by ${col})`, rollup: null },
});
const flagShare = (flag: string, rollupCol: string) => ({ avg: { views: `avg(${flag}::int)::float8`, rollup: ratio(rollupCol, "views") } });
const score = (col: string) => ({ avg: { views: `avg(${col})`, rollup: ratio(`${col}_sum`, `${col}_count`) } });

export const dataMetrics = {
  views: { label: "Views", type: "number", better: "higher", measurements: { count: { views: "count(*)", rollup: "coalesce(sum(views), 0)" } } },
  unique_viewers: { label: "Unique viewers", type: "number", better: "higher", measurements: { count: { views: "count(distinct viewer_id)", rollup: null } } },
  playing_time: {
    label: "Playing time",
    type: "milliseconds",
    better: "higher",
    measurements: { sum: { views: "sum(playing_time_ms)", rollup: "sum(playing_time_ms)" }, avg: { views: "avg(playing_time_ms)", rollup: ratio("playing_time_ms", "views") } },
  },
  watch_time: {
    label: "Watch time",
    type: "milliseconds",
    better: "higher",
    measurements: { sum: { views: "sum(watch_time_ms)", rollup: "sum(watch_time_ms)" }, avg: { views: "avg(watch_time_ms)", rollup: ratio("watch_time_ms", "views") } },
  },
  video_startup_time: { label: "Video startup time", type: "milliseconds", better: "lower", measurements: timing("video_startup_time_ms", "video_startup_time_sum", "video_startup_time_count") },
  player_startup_time: { label: "Player startup time", type: "milliseconds", better: "lower", measurements: timing("player_startup_time_ms", "player_startup_time_sum", "player_startup_time_count") },
  page_load_time: { label: "Page load time", type: "milliseconds", better: "lower", measurements: timing("page_load_time_ms", "page_load_time_sum", "page_load_time_count") },
  rebuffer_percentage: {
    label: "Rebuffer percentage",
    type: "percentage",
    better: "lower",
    measurements: {
      avg: { views: ratio("rebuffer_duration_ms", "watch_time_ms"), rollup: ratio("rebuffer_duration_ms", "watch_time_ms") },
      median: { views: "percentile_cont(0.5) within group (order by rebuffer_percentage)", rollup: null },
      "95th": { views: "percentile_cont(0.95) within group (order by rebuffer_percentage)", rollup: null },
    },
  },
  rebuffer_count: {
    label: "Rebuffer count",
    type: "number",
    better: "lower",
    measurements: { avg: { views: "avg(rebuffer_count)::float8", rollup: ratio("rebuffer_count", "views") }, sum: { views: "sum(rebuffer_count)", rollup: "sum(rebuffer_count)" } },
  },
  rebuffer_duration: {
    label: "Rebuffer duration",
    type: "milliseconds",
    better: "lower",
    measurements: { avg: { views: "avg(rebuffer_duration_ms)", rollup: ratio("rebuffer_duration_ms", "views") }, sum: { views: "sum(rebuffer_duration_ms)", rollup: "sum(rebuffer_duration_ms)" } },
  },
  rebuffer_frequency: {
    label: "Rebuffer frequency",
    type: "per_minute",
    better: "lower",
    measurements: { avg: { views: `(sum(rebuffer_count)::float8 / nullif(sum(watch_time_ms) / 60000.0, 0))`, rollup: `(sum(rebuffer_count)::float8 / nullif(sum(watch_time_ms) / 60000.0, 0))` } },
  },
  seek_latency: { label: "Seek latency", type: "milliseconds", better: "lower", measurements: { avg: { views: ratio("seek_latency_total_ms", "seek_count"), rollup: ratio("seek_latency_total_ms", "seek_count") } } },
  weighted_average_bitrate: {
    label: "Average bitrate",
    type: "bitrate",
    better: "higher",
    measurements: { avg: { views: "avg(average_bitrate)", rollup: ratio("bitrate_sum", "bitrate_count") } },
  },
  upscale_percentage: { label: "Upscale percentage", type: "percentage", better: "lower", measurements: timing("upscale_percentage", "upscale_sum", "scale_count") },
  downscale_percentage: { label: "Downscale percentage", type: "percentage", better: "lower", measurements: timing("downscale_percentage", "downscale_sum", "scale_count") },
  playback_failure_percentage: { label: "Playback failures", type: "percentage", better: "lower", measurements: flagShare("playback_failed", "playback_failures") },
  video_startup_failure_percentage: { label: "Video startup failures", type: "percentage", better: "lower", measurements: flagShare("video_startup_failed", "startup_failures") },
  exits_before_video_start: { label: "Exits before video start", type: "percentage", better: "lower", measurements: flagShare("exit_before_video_start", "exits_before_video_start") },
  viewer_experience_score: { label: "Viewer experience score", type: "score", better: "higher", measurements: score("viewer_experience_score") },
  playback_success_score: { label: "Playback success score", type: "score", better: "higher", measurements: score("playback_success_score") },
  startup_time_score: { label: "Startup time score", type: "score", better: "higher", measurements: score("startup_time_score") },
  smoothness_score: { label: "Smoothness score", type: "score", better: "higher", measurements: score("smoothness_score") },
  video_quality_score: { label: "Video quality score", type: "score", better: "higher", measurements: score("video_quality_score") },
} as const satisfies Record<string, MetricDef>;

export type MetricId = keyof typeof dataMetrics;
export const metricIds = Object.keys(dataMetrics) as MetricId[];

export function isMetricId(value: string): value is MetricId {
  return Object.hasOwn(dataMetrics, value);
}

/** The metric's measurement SQL, defaulting to its first measurement. */
export function metricMeasurement(metric: MetricId, measurement?: Measurement): { measurement: Measurement; views: string; rollup: string | null } | null {
  const defs = dataMetrics[metric].measurements as MetricDef["measurements"];
  const chosen = measurement ?? (Object.keys(defs)[0] as Measurement);
  const def = defs[chosen];
  return def ? { measurement: chosen, ...def } : null;
}

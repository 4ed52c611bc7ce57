import { beaconBatchSchema } from "@/server/analytics/beacon-schema";
import { dataQuerySchema } from "@/server/analytics/data/data-query-schema";
import type { ApiOperation } from "../api-operation";
import { examples } from "../examples";

// The Data API answers in Mux's own shapes (data, timeframe, total_row_count), not through dataResponse.
const read = { tag: "Video Data", permission: "dataRead", method: "GET" } as const;
const metricRead = { ...read, query: dataQuerySchema, errors: ["invalid_parameters"] } as const;
const shaped = (description: string, example?: unknown) => ({ status: 200, description, example, envelope: "bare" }) as const;
const realtime = (id: string, path: string, summary: string) =>
  ({ ...read, id, path, summary, queryNames: ["dimension"], success: shaped("Viewers with an event in the last 30 s.") }) as const;

/** /data/v1/** */
export const dataOperations = [
  {
    id: "ingestBeacons", method: "POST", path: "/data/v1/beacons", tag: "Video Data", permission: "public",
    summary: "Store a batch of player beacon events (no credentials: the view's playback_id or env_key names the workspace; CORS for any origin).",
    body: beaconBatchSchema, errors: ["rate_limited"], success: { status: 202, description: "How many events were stored." },
  },
  { ...read, id: "listDimensions", path: "/data/v1/dimensions", summary: "The dimensions views can be filtered and broken down by.", success: shaped("Dimension names.") },
  { ...metricRead, id: "listDimensionValues", path: "/data/v1/dimensions/{dimension}", summary: "A dimension's values with view counts.", success: shaped("Values with counts.") },
  { ...metricRead, id: "listErrors", path: "/data/v1/errors", summary: "Fatal playback errors by frequency.", success: shaped("Errors with counts.") },
  { ...metricRead, id: "getMetricBreakdown", path: "/data/v1/metrics/{metric}/breakdown", summary: "A metric per value of group_by.", success: shaped("One row per value.") },
  { ...metricRead, id: "getMetricOverall", path: "/data/v1/metrics/{metric}/overall", summary: "A metric over the timeframe and filters.", success: shaped("The value, totals and the unfiltered value.", examples.metricOverall) },
  { ...metricRead, id: "getMetricTimeseries", path: "/data/v1/metrics/{metric}/timeseries", summary: "A metric per minute, hour or day.", success: shaped("[time, value, views] rows.") },
  { ...metricRead, id: "compareMetrics", path: "/data/v1/metrics/comparison", summary: "Every metric for the filtered views vs all views and the previous period.", success: shaped("One row per metric.") },
  realtime("getRealtimeBreakdown", "/data/v1/realtime/breakdown", "Current viewers by ?dimension=."),
  realtime("getConcurrentViewers", "/data/v1/realtime/concurrent-viewers", "Current viewers (an event in the last 30 s)."),
  realtime("getRealtimeTimeseries", "/data/v1/realtime/timeseries", "Current viewers every 20 s over the last 10 minutes."),
  { ...metricRead, id: "listVideoViews", path: "/data/v1/video-views", summary: "Views matching the filters, newest first.", success: shaped("A page of views.") },
  { ...read, id: "getVideoView", path: "/data/v1/video-views/{viewId}", summary: "One view with its events.", success: shaped("The view.") },
] as const satisfies readonly ApiOperation[];

import { dataMetrics, metricIds, metricMeasurement } from "../metrics";
import { getAnalyticsStore } from "../store/get-analytics-store";
import { dataTimeframe } from "./data-timeframe";
import type { DataQueryInput } from "./data-query-schema";
import { resolveDataQuery } from "./resolve-data-query";

/**
 * GET /data/v1/metrics/comparison: every metric (default measurement) over the filtered views, with
 * the value for all views (global_value) and for the previous period of the same length (trend).
 */
export async function compareMetrics(input: { workspaceId: string; query: DataQueryInput | Record<string, unknown> }) {
  const { scope } = resolveDataQuery(input.query, input.workspaceId);
  const store = await getAnalyticsStore();
  // The percentile-free metrics: one aggregate query each way, served by the rollup where it can.
  const requests = metricIds.filter((m) => metricMeasurement(m)?.rollup).map((metric) => ({ metric }));
  const span = scope.to.getTime() - scope.from.getTime();
  const previousScope = { ...scope, from: new Date(scope.from.getTime() - span), to: scope.from };
  const [current, previous, global] = await Promise.all([
    store.aggregate(scope, requests),
    store.aggregate(previousScope, requests),
    scope.filters.length ? store.aggregate({ ...scope, filters: [] }, requests) : null,
  ]);
  return {
    data: requests.map(({ metric }, i) => ({
      metric,
      name: dataMetrics[metric].label,
      type: dataMetrics[metric].type,
      measurement: metricMeasurement(metric)!.measurement,
      value: current.values[i] ?? null,
      previous_value: previous.values[i] ?? null,
      global_value: (global ?? current).values[i] ?? null,
    })),
    totals: { views: current.totals.views, previous_views: previous.totals.views, watch_time: current.totals.watchTimeMs, playing_time: current.totals.playingTimeMs },
    timeframe: dataTimeframe(scope),
  };
}

import { getAnalyticsStore } from "../store/get-analytics-store";
import { dataTimeframe } from "./data-timeframe";
import type { DataQueryInput } from "./data-query-schema";
import { requireMetric } from "./require-metric";
import { resolveDataQuery } from "./resolve-data-query";

/** GET /data/v1/metrics/{metric}/overall in Mux's shape; global_value is the unfiltered value. */
export async function getMetricOverall(input: { workspaceId: string; metric: string; query: DataQueryInput | Record<string, unknown> }) {
  const metric = requireMetric(input.metric);
  const { query, scope } = resolveDataQuery(input.query, input.workspaceId);
  const store = await getAnalyticsStore();
  const request = { metric, measurement: query.measurement };
  const [filtered, global] = await Promise.all([
    store.aggregate(scope, [request]),
    scope.filters.length ? store.aggregate({ ...scope, filters: [] }, [request]) : null,
  ]);
  return {
    data: {
      value: filtered.values[0] ?? null,
      total_views: filtered.totals.views,
      total_watch_time: filtered.totals.watchTimeMs,
      total_playing_time: filtered.totals.playingTimeMs,
      global_value: (global ?? filtered).values[0] ?? null,
    },
    timeframe: dataTimeframe(scope),
    total_row_count: null,
  };
}

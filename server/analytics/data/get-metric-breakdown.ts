import { dataMetrics } from "../metrics";
import { getAnalyticsStore } from "../store/get-analytics-store";
import { dataTimeframe } from "./data-timeframe";
import type { DataQueryInput } from "./data-query-schema";
import { requireMetric } from "./require-metric";
import { resolveDataQuery } from "./resolve-data-query";

/**
 * GET /data/v1/metrics/{metric}/breakdown?group_by=dim: the metric per dimension value. negative_impact
 * ranks values by how much they pull the metric the wrong way, weighted by their views.
 */
export async function getMetricBreakdown(input: { workspaceId: string; metric: string; query: DataQueryInput | Record<string, unknown> }) {
  const metric = requireMetric(input.metric);
  const { query, scope, groupBy } = resolveDataQuery(input.query, input.workspaceId);
  const store = await getAnalyticsStore();
  const request = { metric, measurement: query.measurement };
  const [{ rows, total }, overall] = await Promise.all([
    store.breakdown(scope, request, groupBy ?? "browser_name", {
      limit: query.limit,
      offset: (query.page - 1) * query.limit,
      orderBy: query.order_by === "value" ? "value" : "views",
      direction: query.order_direction ?? "desc",
    }),
    store.aggregate(scope, [request]),
  ]);
  const base = overall.values[0] ?? 0;
  const sign = dataMetrics[metric].better === "lower" ? 1 : -1;
  const impact = rows.map((r) => (r.value === null ? -Infinity : sign * (r.value - base) * r.views));
  const ranked = [...impact].sort((a, b) => b - a);
  return {
    data: rows.map((r, i) => ({
      field: r.field,
      value: r.value,
      views: r.views,
      negative_impact: ranked.indexOf(impact[i]!) + 1,
      total_watch_time: r.watchTimeMs,
      total_playing_time: r.playingTimeMs,
    })),
    group_by: groupBy ?? "browser_name",
    timeframe: dataTimeframe(scope),
    total_row_count: total,
  };
}

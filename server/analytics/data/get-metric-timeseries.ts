import { getAnalyticsStore } from "../store/get-analytics-store";
import { dataTimeframe } from "./data-timeframe";
import type { DataQueryInput } from "./data-query-schema";
import { requireMetric } from "./require-metric";
import { resolveDataQuery } from "./resolve-data-query";

/** GET /data/v1/metrics/{metric}/timeseries: Mux's [[iso time, value, views], …] rows. */
export async function getMetricTimeseries(input: { workspaceId: string; metric: string; query: DataQueryInput | Record<string, unknown> }) {
  const metric = requireMetric(input.metric);
  const { query, scope } = resolveDataQuery(input.query, input.workspaceId);
  const { granularity, points } = await (await getAnalyticsStore()).timeseries(scope, { metric, measurement: query.measurement });
  return {
    data: points.map((p) => [p.at.toISOString(), p.value, p.views] as [string, number | null, number]),
    meta: { granularity },
    timeframe: dataTimeframe(scope),
    total_row_count: points.length,
  };
}

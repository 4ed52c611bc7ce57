import type { AnalyticsStore } from "../analytics-store";
import { queryAggregate } from "./query-aggregate";
import { queryBreakdown } from "./query-breakdown";
import { queryDimensionValues } from "./query-dimension-values";
import { queryErrors } from "./query-errors";
import { queryRealtime } from "./query-realtime";
import { queryTimeseries } from "./query-timeseries";
import { queryView } from "./query-view";
import { queryViews } from "./query-views";
import type { Sql } from "./sql-scope";

/** The AnalyticsStore over PostgreSQL (and PGlite): video_views, beacon_events and the hourly rollup. */
export function createPostgresAnalyticsStore(sql: Sql): AnalyticsStore {
  return {
    aggregate: (scope, metrics) => queryAggregate(sql, scope, metrics),
    timeseries: (scope, metric) => queryTimeseries(sql, scope, metric),
    breakdown: (scope, metric, groupBy, page) => queryBreakdown(sql, scope, metric, groupBy, page),
    dimensionValues: (scope, key, limit) => queryDimensionValues(sql, scope, key, limit),
    listViews: (scope, page) => queryViews(sql, scope, page),
    getView: (workspaceId, viewId) => queryView(sql, workspaceId, viewId),
    errors: (scope, limit) => queryErrors(sql, scope, limit),
    realtime: (workspaceId, breakdownBy) => queryRealtime(sql, workspaceId, breakdownBy),
  };
}

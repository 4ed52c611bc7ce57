/**
 * THE read interface of Video Data: every Data API route, the tRPC data router and the benchmark
 * read through it, and nothing else queries beacon_events, video_views or the rollups. The
 * PostgreSQL implementation lives in ./postgres; a ClickHouse one would implement the same
 * interface (docs/analytics.md).
 */
import type { DimensionKey } from "../dimensions";
import type { Measurement, MetricId } from "../metrics";

export interface DataFilter {
  key: DimensionKey;
  value: string;
  exclude: boolean;
}

/** Which views: one workspace (the tenant check), [from, to) by view start, and filters. */
export interface DataScope {
  workspaceId: string;
  from: Date;
  to: Date;
  filters: DataFilter[];
}

export interface MetricRequest {
  metric: MetricId;
  measurement?: Measurement;
}

export interface Totals {
  views: number;
  watchTimeMs: number;
  playingTimeMs: number;
}

export type Granularity = "minute" | "hour" | "day";

export interface AnalyticsStore {
  /** One value per requested metric over the scope, plus totals. */
  aggregate(scope: DataScope, metrics: MetricRequest[]): Promise<{ values: (number | null)[]; totals: Totals }>;
  timeseries(scope: DataScope, metric: MetricRequest): Promise<{ granularity: Granularity; points: { at: Date; value: number | null; views: number }[] }>;
  breakdown(
    scope: DataScope,
    metric: MetricRequest,
    groupBy: DimensionKey,
    page: { limit: number; offset: number; orderBy: "views" | "value"; direction: "asc" | "desc" },
  ): Promise<{ rows: ({ field: string | null; value: number | null } & Totals)[]; total: number }>;
  dimensionValues(scope: DataScope, key: DimensionKey, limit: number): Promise<{ value: string | null; count: number }[]>;
  listViews(scope: DataScope, page: { limit: number; offset: number }): Promise<{ rows: Record<string, unknown>[]; total: number }>;
  /** A view with its events, or null when it is not this workspace's. */
  getView(workspaceId: string, viewId: string): Promise<{ view: Record<string, unknown>; events: Record<string, unknown>[] } | null>;
  errors(scope: DataScope, limit: number): Promise<{ rows: { code: string; message: string | null; count: number; lastSeen: Date }[]; views: number }>;
  /** Views with an event in the last 30 s, now and over the last 10 minutes. */
  realtime(workspaceId: string, breakdownBy?: DimensionKey): Promise<{ concurrent: number; points: { at: Date; viewers: number }[]; breakdown: { value: string | null; viewers: number }[] }>;
}

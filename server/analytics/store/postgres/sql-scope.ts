import type postgres from "postgres";
import { rollupDimensionKeys, viewDimensions, type DimensionKey } from "../../dimensions";
import { metricMeasurement } from "../../metrics";
import { AppError } from "@/server/errors";
import type { DataScope, MetricRequest } from "../analytics-store";

export type Sql = postgres.Sql;
export type Source = "views" | "rollup";
// Timestamps go in as ISO strings: the drizzle-configured client does not serialize Date parameters.
export type Fragment = postgres.PendingQuery<postgres.Row[]>;

const rollupKeys = new Set<string>(rollupDimensionKeys);
const flagKeys = new Set<string>(viewDimensions.filter((d) => d.kind === "flag").map((d) => d.key));
const hour = 3_600_000;

/** The measurement SQL of a metric for a source; unknown combinations are a 400. */
export function metricSql(m: MetricRequest, source: Source): string {
  const def = metricMeasurement(m.metric, m.measurement);
  if (!def) throw new AppError({ code: "invalid_parameters", message: `measurement "${m.measurement}" is not available for ${m.metric}` });
  const expr = source === "rollup" ? def.rollup : def.views;
  if (!expr) throw new Error(`${m.metric}/${def.measurement} has no rollup form`);
  return expr;
}

/**
 * The rollup answers when the range is long enough for hourly buckets (≥ 6 h), every filter and
 * the grouping are rollup dimensions and every metric has a rollup form; otherwise the views table.
 */
export function chooseSource(scope: DataScope, metrics: MetricRequest[], groupBy?: DimensionKey): Source {
  const long = scope.to.getTime() - scope.from.getTime() >= 6 * hour;
  const dims = scope.filters.every((f) => rollupKeys.has(f.key)) && (!groupBy || rollupKeys.has(groupBy));
  const forms = metrics.every((m) => metricMeasurement(m.metric, m.measurement)?.rollup);
  return long && dims && forms ? "rollup" : "views";
}

/** FROM + WHERE for a scope: the workspace (tenant check), the time range and the filters. */
export function scopeSql(sql: Sql, scope: DataScope, source: Source): Fragment {
  const parts: Fragment[] = [];
  if (source === "rollup") {
    const from = new Date(Math.floor(scope.from.getTime() / hour) * hour);
    const to = new Date(Math.ceil(scope.to.getTime() / hour) * hour);
    parts.push(sql`from video_view_rollups_hourly where workspace_id = ${scope.workspaceId} and bucket >= ${from.toISOString()} and bucket < ${to.toISOString()}`);
  } else {
    parts.push(sql`from video_views where workspace_id = ${scope.workspaceId} and started_at >= ${scope.from.toISOString()} and started_at < ${scope.to.toISOString()}`);
  }
  for (const f of scope.filters) {
    const value = flagKeys.has(f.key) ? f.value === "true" : f.value;
    parts.push(f.exclude ? sql`and ${sql(f.key)} is distinct from ${value}` : sql`and ${sql(f.key)} = ${value}`);
  }
  return parts.reduce((acc, p) => sql`${acc} ${p}`);
}

/** A dimension column as text ('' in the rollup and NULL in views both read as null). */
export function dimensionSql(sql: Sql, key: DimensionKey): Fragment {
  return flagKeys.has(key) ? sql`${sql(key)}::text` : sql`nullif(${sql(key)}, '')`;
}

export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

import type { DimensionKey } from "../../dimensions";
import type { AnalyticsStore, DataScope, MetricRequest } from "../analytics-store";
import { chooseSource, dimensionSql, metricSql, num, scopeSql, type Sql } from "./sql-scope";

/** A metric per value of one dimension, most viewed first (or by value), with totals per value. */
export async function queryBreakdown(
  sql: Sql,
  scope: DataScope,
  metric: MetricRequest,
  groupBy: DimensionKey,
  page: Parameters<AnalyticsStore["breakdown"]>[3],
) {
  const source = chooseSource(scope, [metric], groupBy);
  const views = source === "rollup" ? "coalesce(sum(views), 0)" : "count(*)";
  const order = `${page.orderBy === "value" ? "value" : "views"} ${page.direction === "asc" ? "asc" : "desc"} nulls last, field`;
  const rows = await sql`
    select ${dimensionSql(sql, groupBy)} as field, ${sql.unsafe(`(${metricSql(metric, source)})::float8`)} as value, ${sql.unsafe(views)}::int as views,
      coalesce(sum(watch_time_ms), 0)::float8 as watch, coalesce(sum(playing_time_ms), 0)::float8 as playing, count(*) over ()::int as total
    ${scopeSql(sql, scope, source)}
    group by 1 order by ${sql.unsafe(order)} limit ${page.limit} offset ${page.offset}`;
  return {
    rows: rows.map((r) => ({ field: (r.field as string | null) ?? null, value: num(r.value), views: Number(r.views), watchTimeMs: Number(r.watch), playingTimeMs: Number(r.playing) })),
    total: Number(rows[0]?.total ?? 0),
  };
}

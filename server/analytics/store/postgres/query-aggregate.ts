import type { DataScope, MetricRequest, Totals } from "../analytics-store";
import { chooseSource, metricSql, num, scopeSql, type Sql } from "./sql-scope";

/** All requested metrics over a scope in one query (the rollup when it can answer). */
export async function queryAggregate(sql: Sql, scope: DataScope, metrics: MetricRequest[]): Promise<{ values: (number | null)[]; totals: Totals }> {
  const source = chooseSource(scope, metrics);
  const columns = [
    `${source === "rollup" ? "coalesce(sum(views), 0)" : "count(*)"}::int as views`,
    "coalesce(sum(watch_time_ms), 0)::float8 as watch",
    "coalesce(sum(playing_time_ms), 0)::float8 as playing",
    ...metrics.map((m, i) => `(${metricSql(m, source)})::float8 as m${i}`),
  ];
  const [row] = await sql`select ${sql.unsafe(columns.join(", "))} ${scopeSql(sql, scope, source)}`;
  return {
    values: metrics.map((_, i) => num(row?.[`m${i}`])),
    totals: { views: Number(row?.views ?? 0), watchTimeMs: Number(row?.watch ?? 0), playingTimeMs: Number(row?.playing ?? 0) },
  };
}

import type { DataScope, Granularity, MetricRequest } from "../analytics-store";
import { chooseSource, metricSql, num, scopeSql, type Sql } from "./sql-scope";

const step: Record<Granularity, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** Minute buckets up to 6 h, hours up to 14 days, then days; empty buckets filled with views 0. */
export async function queryTimeseries(sql: Sql, scope: DataScope, metric: MetricRequest) {
  const span = scope.to.getTime() - scope.from.getTime();
  const granularity: Granularity = span <= 6 * step.hour ? "minute" : span <= 14 * step.day ? "hour" : "day";
  const source = granularity === "minute" ? "views" : chooseSource(scope, [metric]);
  const time = source === "rollup" ? "bucket" : "started_at";
  const views = source === "rollup" ? "coalesce(sum(views), 0)" : "count(*)";
  const rows = await sql`
    select date_trunc(${granularity}, ${sql(time)}, 'UTC') as at, ${sql.unsafe(`(${metricSql(metric, source)})::float8`)} as value, ${sql.unsafe(views)}::int as views
    ${scopeSql(sql, scope, source)}
    group by 1 order by 1`;
  const found = new Map(rows.map((r) => [new Date(r.at as string).getTime(), r]));
  const points: { at: Date; value: number | null; views: number }[] = [];
  const first = Math.floor(scope.from.getTime() / step[granularity]) * step[granularity];
  for (let t = first; t < scope.to.getTime(); t += step[granularity]) {
    const r = found.get(t);
    // A bucket without views counts 0 views; every other metric has no value there.
    points.push({ at: new Date(t), value: r ? num(r.value) : metric.metric === "views" ? 0 : null, views: Number(r?.views ?? 0) });
  }
  return { granularity, points };
}

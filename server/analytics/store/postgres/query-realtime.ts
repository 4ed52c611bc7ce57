import type { DimensionKey } from "../../dimensions";
import { dimensionSql, type Sql } from "./sql-scope";

/**
 * Concurrent viewers: views not ended whose last event reached the server in the last 30 s (players
 * send a heartbeat every 10 s). The series counts, every 20 s over 10 minutes, the views that had
 * started and were still sending then.
 */
export async function queryRealtime(sql: Sql, workspaceId: string, breakdownBy?: DimensionKey) {
  const live = sql`from video_views where workspace_id = ${workspaceId} and last_event_at > now() - interval '30 seconds' and ended_at is null`;
  const [[now], points, breakdown] = await Promise.all([
    sql`select count(*)::int as n ${live}`,
    sql`
      select g as at, count(v.id)::int as viewers
      from generate_series(date_trunc('second', now()) - interval '600 seconds', now(), interval '20 seconds') g
      left join video_views v on v.workspace_id = ${workspaceId} and v.last_event_at > now() - interval '630 seconds'
        and v.started_at <= g and v.last_event_at >= g - interval '30 seconds' and (v.ended_at is null or v.ended_at >= g)
      group by g order by g`,
    breakdownBy ? sql`select ${dimensionSql(sql, breakdownBy)} as value, count(*)::int as viewers ${live} group by 1 order by 2 desc limit 20` : Promise.resolve([]),
  ]);
  return {
    concurrent: Number(now?.n ?? 0),
    points: points.map((p) => ({ at: new Date(p.at as string), viewers: Number(p.viewers) })),
    breakdown: breakdown.map((b) => ({ value: (b.value as string | null) ?? null, viewers: Number(b.viewers) })),
  };
}

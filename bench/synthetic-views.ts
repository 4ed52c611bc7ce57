import type postgres from "postgres";
import { rebuildViewRollups } from "@/server/analytics/ingest/rebuild-view-rollups";

/**
 * `count` plausible views over the last 7 days in one workspace, generated inside PostgreSQL
 * (generate_series, 100k rows per statement), then its rollup rebuilt and the tables analyzed.
 */
export async function generateSyntheticViews(sql: postgres.Sql, workspaceId: string, count: number): Promise<void> {
  const chunk = 100_000;
  for (let start = 0; start < count; start += chunk) {
    const end = Math.min(count, start + chunk) - 1;
    await sql`
      insert into video_views (id, workspace_id, started_at, last_event_at, ended_at, event_count, last_seq, state,
        browser_name, os_name, device_type, country, continent, playback_id, video_title, viewer_id, player_name,
        watch_time_ms, playing_time_ms, video_startup_time_ms, player_startup_time_ms, page_load_time_ms, rebuffer_count, rebuffer_duration_ms,
        rebuffer_percentage, seek_count, seek_latency_total_ms, average_bitrate, upscale_percentage, downscale_percentage, max_upscale_percentage,
        playback_failed, video_startup_failed, exit_before_video_start, error_code, error_message,
        startup_time_score, smoothness_score, video_quality_score, playback_success_score, viewer_experience_score)
      select 'syn-' || g, ${workspaceId}, s.started, s.started + interval '5 minutes', s.started + interval '5 minutes', 40, 39, '{}'::jsonb,
        (array['Chrome','Safari','Firefox','Edge','Mobile Safari','Samsung Internet'])[1 + g % 6],
        (array['Windows','macOS','iOS','Android','Linux'])[1 + g % 5],
        (array['desktop','phone','tablet'])[1 + g % 3],
        (array['US','DE','FR','GB','IN','BR','JP','CA','AU','ES','IT','NL','SE','MX','KR'])[1 + g % 15], 'EU',
        'pb-' || (g % 200), 'Title ' || (g % 500), 'viewer-' || (g % 50000), 'keyframe',
        300000, 290000 - s.rebuf, s.startup, 150, 900, (s.rebuf > 0)::int, s.rebuf,
        s.rebuf / 300000.0, g % 3, (g % 3) * 400, 2500000 + (g % 5) * 100000, (g % 4) * 0.1, 0, (g % 4) * 0.2,
        s.failed, s.failed, false, case when s.failed then 'manifestLoadError:404' end, case when s.failed then 'HTTP 404' end,
        8.0 / (8 + s.startup / 1000.0), 0.9, 0.95, case when s.failed then 0 else 1 end, case when s.failed then 0 else 0.9 end
      from generate_series(${start}::int, ${end}::int) g,
        lateral (select now() - (((g::bigint * 7919) % 604800) || ' seconds')::interval as started, 300 + (g::bigint * 37) % 4000 as startup,
                        case when g % 10 = 0 then 2000 + g % 3000 else 0 end as rebuf, g % 97 = 0 as failed) s`;
  }
  await rebuildViewRollups(sql, workspaceId);
  await sql`analyze video_views`;
  await sql`analyze video_view_rollups_hourly`;
}

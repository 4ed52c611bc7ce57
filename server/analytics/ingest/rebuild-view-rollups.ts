import type postgres from "postgres";

/**
 * Recomputes a workspace's hourly rollup from its views in one statement: for backfills (synthetic
 * benchmark data, imports) and for repairing drift. Mirrors viewRollupContribution column by column.
 */
export async function rebuildViewRollups(sql: postgres.Sql, workspaceId: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`delete from video_view_rollups_hourly where workspace_id = ${workspaceId}`;
    await tx`
      insert into video_view_rollups_hourly
      select workspace_id, date_trunc('hour', started_at, 'UTC'), coalesce(browser_name, ''), coalesce(os_name, ''), coalesce(device_type, ''), coalesce(country, ''),
        count(*), sum(watch_time_ms), sum(playing_time_ms),
        coalesce(sum(video_startup_time_ms), 0), count(video_startup_time_ms), coalesce(sum(player_startup_time_ms), 0), count(player_startup_time_ms),
        coalesce(sum(page_load_time_ms), 0), count(page_load_time_ms), sum(rebuffer_count), sum(rebuffer_duration_ms), sum(seek_count), sum(seek_latency_total_ms),
        coalesce(sum(average_bitrate), 0), count(average_bitrate), coalesce(sum(upscale_percentage), 0), coalesce(sum(downscale_percentage), 0), count(upscale_percentage),
        count(*) filter (where playback_failed), count(*) filter (where video_startup_failed), count(*) filter (where exit_before_video_start),
        coalesce(sum(startup_time_score), 0), count(startup_time_score), coalesce(sum(smoothness_score), 0), count(smoothness_score),
        coalesce(sum(video_quality_score), 0), count(video_quality_score), coalesce(sum(playback_success_score), 0), count(playback_success_score),
        coalesce(sum(viewer_experience_score), 0), count(viewer_experience_score)
      from video_views where workspace_id = ${workspaceId}
      group by 1, 2, 3, 4, 5, 6`;
  });
}

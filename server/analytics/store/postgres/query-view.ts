import type { Sql } from "./sql-scope";

/** One view of a workspace (the tenant check is in the WHERE) with its raw events in sequence. */
export async function queryView(sql: Sql, workspaceId: string, viewId: string) {
  const [row] = await sql`select * from video_views where id = ${viewId} and workspace_id = ${workspaceId}`;
  if (!row) return null;
  const events = await sql`
    select seq, type, event_at, received_at, playhead_ms, bitrate, rendition_width, rendition_height, error_code, error_message, dimensions
    from beacon_events where view_id = ${viewId} and workspace_id = ${workspaceId} order by seq`;
  const { state: _state, ...view } = row;
  return { view, events: [...events] };
}

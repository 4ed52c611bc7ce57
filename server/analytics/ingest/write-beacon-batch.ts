import type { Db } from "@/server/db/client";
import type { BeaconEvent } from "../beacon-schema";
import { buildViewRow, type ServerDimensions, type ViewRow } from "./build-view-row";
import { rollupMeasureColumns, viewRollupContribution, type RollupContribution } from "./view-rollup-contribution";

export interface IngestItem {
  workspaceId: string;
  event: BeaconEvent;
  server: ServerDimensions;
  receivedAt: Date;
}

const eventKey = (viewId: string, seq: number) => `${viewId}\u0000${seq}`;
const viewColumns = (rows: ViewRow[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))];

function addRollup(into: Map<string, RollupContribution>, c: RollupContribution, sign: 1 | -1) {
  const row = into.get(c.key) ?? { key: c.key, keyColumns: c.keyColumns, measures: Object.fromEntries(rollupMeasureColumns.map((m) => [m, 0])) as RollupContribution["measures"] };
  for (const m of rollupMeasureColumns) row.measures[m] += sign * c.measures[m];
  into.set(c.key, row);
}

/**
 * Stores one flush of beacon events in a single transaction: locks the touched views, inserts the
 * raw events (a retried (view_id, seq) is skipped), folds only the new events into each view,
 * upserts the views and moves the hourly rollups by the difference. Multi-row statements fed one
 * jsonb parameter each, so a flush costs five round trips whatever its size. Returns the keys of
 * the events that were new.
 */
export async function writeBeaconBatch(db: Db, items: readonly IngestItem[]): Promise<Set<string>> {
  if (!items.length) return new Set();
  const viewIds = [...new Set(items.map((i) => i.event.view_id))].sort();
  return db.$client.begin(async (sql) => {
    // Analytics can lose the last few hundred ms of beacons if PostgreSQL itself crashes; in exchange
    // a flush does not wait for the WAL fsync (the app still answers only after COMMIT).
    await sql`set local synchronous_commit = off`;
    const previous = new Map(
      (await sql<ViewRow[]>`select * from video_views where id = any(${viewIds}::text[]) order by id for update`).map((r) => [r.id, r]),
    );
    // A view stays in the workspace that first claimed it.
    const events = items.map((i) => ({
      workspace_id: previous.get(i.event.view_id)?.workspace_id ?? i.workspaceId,
      view_id: i.event.view_id,
      seq: i.event.seq,
      type: i.event.type,
      event_at: new Date(i.event.ts),
      received_at: i.receivedAt,
      playhead_ms: i.event.playhead_ms ?? null,
      bitrate: i.event.bitrate ?? null,
      rendition_width: i.event.rendition_width ?? null,
      rendition_height: i.event.rendition_height ?? null,
      error_code: i.event.error_code ?? null,
      error_message: i.event.error_message ?? null,
      dimensions: i.event.dimensions ?? null,
    }));
    const inserted = await sql<{ view_id: string; seq: number }[]>`
      insert into beacon_events
      select * from jsonb_populate_recordset(null::beacon_events, ${JSON.stringify(events)}::jsonb)
      on conflict do nothing
      returning view_id, seq`;
    const fresh = new Set(inserted.map((r) => eventKey(r.view_id, r.seq)));
    const byView = new Map<string, IngestItem[]>();
    for (const item of items) {
      const key = eventKey(item.event.view_id, item.event.seq);
      if (!fresh.has(key)) continue;
      fresh.delete(key); // the same event twice in one flush counts once
      byView.set(item.event.view_id, [...(byView.get(item.event.view_id) ?? []), item]);
    }
    const rows: ViewRow[] = [];
    const rollups = new Map<string, RollupContribution>();
    for (const [viewId, list] of byView) {
      const before = previous.get(viewId) ?? null;
      const row = buildViewRow({
        previous: before,
        viewId,
        workspaceId: before?.workspace_id ?? list[0]!.workspaceId,
        events: list.map((i) => i.event),
        server: list[0]!.server,
        receivedAt: list[list.length - 1]!.receivedAt,
      });
      rows.push(row);
      if (before) addRollup(rollups, viewRollupContribution(before), -1);
      addRollup(rollups, viewRollupContribution(row), 1);
    }
    if (rows.length) {
      const cols = viewColumns(rows).filter((c) => c !== "id");
      await sql`
        insert into video_views
        select * from jsonb_populate_recordset(null::video_views, ${JSON.stringify(rows)}::jsonb)
        on conflict (id) do update set ${sql.unsafe(cols.map((c) => `"${c}" = excluded."${c}"`).join(", "))}`;
    }
    const deltas = [...rollups.values()].filter((r) => rollupMeasureColumns.some((m) => r.measures[m] !== 0)).sort((a, b) => a.key.localeCompare(b.key));
    if (deltas.length) {
      await sql`
        insert into video_view_rollups_hourly as t
        select * from jsonb_populate_recordset(null::video_view_rollups_hourly, ${JSON.stringify(deltas.map((d) => ({ ...d.keyColumns, ...d.measures })))}::jsonb)
        on conflict (workspace_id, bucket, browser_name, os_name, device_type, country) do update set
        ${sql.unsafe(rollupMeasureColumns.map((m) => `"${m}" = t."${m}" + excluded."${m}"`).join(", "))}`;
    }
    return new Set(inserted.map((r) => eventKey(r.view_id, r.seq)));
  });
}

import { getDb } from "@/server/db/client";
import type { BeaconEvent } from "../beacon-schema";

type Cached = { workspaceId: string | null; expires: number; liveStreamId?: string | null };
const playbackIds = new Map<string, Cached>();
const envKeys = new Map<string, Cached>();
// Later batches of a view carry no dimensions: remember which workspace its viewstart named.
const views = new Map<string, string>();
const limit = 50_000;

const remember = <V>(map: Map<string, V>, key: string, value: V) => {
  if (map.size >= limit) map.clear();
  map.set(key, value);
};

type Found = { key: string; workspace_id: string; live_stream_id?: string | null };

async function lookup(cache: Map<string, Cached>, keys: string[], query: (keys: string[]) => Promise<Found[]>) {
  const now = Date.now();
  const missing = keys.filter((k) => !((cache.get(k)?.expires ?? 0) > now));
  if (missing.length) {
    const found = new Map((await query(missing)).map((r) => [r.key, r]));
    // Unknown ids are remembered briefly so a misconfigured page cannot make every beacon a query.
    for (const k of missing) {
      const row = found.get(k);
      remember(cache, k, { workspaceId: row?.workspace_id ?? null, liveStreamId: row?.live_stream_id ?? null, expires: now + (row ? 60_000 : 10_000) });
    }
  }
}

/**
 * The workspace each view of a batch belongs to: its playback_id (playback_ids table), else its
 * env_key (a workspace id, as Mux's env keys name an environment), else what an earlier batch of
 * the same view resolved. Views that resolve to nothing are left out; `unknown` names why.
 * `liveStreamOf` gives the live stream a live playback ID plays, so live views carry live_stream_id.
 */
export async function resolveViewWorkspaces(
  events: readonly BeaconEvent[],
): Promise<{ byView: Map<string, string>; unknown: string[]; liveStreamOf: (playbackId: string) => string | null }> {
  const db = await getDb();
  const sql = db.$client;
  const claims = new Map<string, { playbackId?: string; envKey?: string }>();
  for (const e of events) {
    const claim = claims.get(e.view_id) ?? {};
    if (e.dimensions?.playback_id) claim.playbackId ??= e.dimensions.playback_id;
    if (e.dimensions?.env_key) claim.envKey ??= e.dimensions.env_key;
    claims.set(e.view_id, claim);
  }
  const claimed = [...claims.values()];
  await lookup(playbackIds, [...new Set(claimed.flatMap((c) => (c.playbackId ? [c.playbackId] : [])))], (ids) =>
    sql<Found[]>`select id as key, workspace_id, live_stream_id from playback_ids where id = any(${ids}::text[])`,
  );
  await lookup(envKeys, [...new Set(claimed.flatMap((c) => (c.envKey && !c.playbackId ? [c.envKey] : [])))], (ids) =>
    sql<{ key: string; workspace_id: string }[]>`select id as key, id as workspace_id from workspaces where id = any(${ids}::text[])`,
  );
  const byView = new Map<string, string>();
  const unknown = new Set<string>();
  const unresolved: string[] = [];
  for (const [viewId, claim] of claims) {
    const ws = claim.playbackId ? playbackIds.get(claim.playbackId)?.workspaceId : claim.envKey ? envKeys.get(claim.envKey)?.workspaceId : views.get(viewId);
    if (ws) byView.set(viewId, ws);
    else if (claim.playbackId) unknown.add(`unknown playback_id "${claim.playbackId}"`);
    else if (claim.envKey) unknown.add(`unknown env_key "${claim.envKey}"`);
    else unresolved.push(viewId);
  }
  if (unresolved.length) {
    const rows = await sql<{ id: string; workspace_id: string }[]>`select id, workspace_id from video_views where id = any(${unresolved}::text[])`;
    for (const r of rows) byView.set(r.id, r.workspace_id);
    for (const id of unresolved) if (!byView.has(id)) unknown.add(`view ${id} has no playback_id or env_key yet`);
  }
  for (const [viewId, ws] of byView) remember(views, viewId, ws);
  return { byView, unknown: [...unknown], liveStreamOf: (playbackId) => playbackIds.get(playbackId)?.liveStreamId ?? null };
}

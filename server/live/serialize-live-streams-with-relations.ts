import { asc, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assets, playbackIds, simulcastTargets, type liveStreams } from "@/server/db/schema";
import { serializeLiveStream } from "./serialize-live-stream";

type LiveStream = typeof liveStreams.$inferSelect;

/** Mux JSON for several live streams with their playback IDs, simulcast targets and 10 latest recordings, in three queries. */
export async function serializeLiveStreamsWithRelations(rows: LiveStream[], options: { viewerCounts?: Map<string, number> } = {}) {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const db = await getDb();
  const ranked = db
    .select({
      id: assets.id,
      liveStreamId: assets.liveStreamId,
      createdAt: assets.createdAt,
      rank: sql<number>`row_number() over (partition by ${assets.liveStreamId} order by ${assets.createdAt} desc, ${assets.id} desc)`.as("rank"),
    })
    .from(assets)
    .where(inArray(assets.liveStreamId, ids))
    .as("ranked");
  const [playback, targets, recent] = await Promise.all([
    db.select().from(playbackIds).where(inArray(playbackIds.liveStreamId, ids)).orderBy(asc(playbackIds.createdAt)),
    db.select().from(simulcastTargets).where(inArray(simulcastTargets.liveStreamId, ids)).orderBy(asc(simulcastTargets.createdAt)),
    db.select().from(ranked).where(lte(ranked.rank, 10)).orderBy(asc(ranked.createdAt), asc(ranked.id)),
  ]);
  return rows.map((row) =>
    serializeLiveStream(row, {
      playbackIds: playback.filter((p) => p.liveStreamId === row.id),
      simulcastTargets: targets.filter((t) => t.liveStreamId === row.id),
      recentAssetIds: recent.filter((a) => a.liveStreamId === row.id).map((a) => a.id),
      viewerCount: options.viewerCounts?.get(row.id),
    }),
  );
}

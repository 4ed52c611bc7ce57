import { inArray } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assetRenditions, playbackIds, type assets } from "@/server/db/schema";
import { serializeAsset } from "./serialize-asset";

type Asset = typeof assets.$inferSelect;

/** Mux JSON for several assets with their playback IDs and renditions, in two queries. */
export async function serializeAssetsWithRelations(rows: Asset[]) {
  if (!rows.length) return [];
  const ids = rows.map((a) => a.id);
  const db = await getDb();
  const [playback, renditions] = await Promise.all([
    db.select().from(playbackIds).where(inArray(playbackIds.assetId, ids)).orderBy(playbackIds.createdAt),
    db.select().from(assetRenditions).where(inArray(assetRenditions.assetId, ids)),
  ]);
  return rows.map((asset) =>
    serializeAsset(
      asset,
      playback.filter((p) => p.assetId === asset.id),
      renditions.filter((r) => r.assetId === asset.id),
    ),
  );
}

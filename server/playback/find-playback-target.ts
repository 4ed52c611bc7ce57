import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assets, playbackIds } from "@/server/db/schema";
import { notFound } from "@/server/errors";

const playbackIdPattern = /^[A-Za-z0-9]{8,64}$/;

/**
 * Delivery's lookup: the playback ID itself is the capability, so there is no workspace to check
 * against. A deleted playback ID, or one whose asset is gone, is "not found".
 */
export async function findPlaybackTarget(playbackId: string) {
  if (!playbackIdPattern.test(playbackId)) throw notFound("Playback ID");
  const db = await getDb();
  const [row] = await db
    .select({ playbackId: playbackIds, asset: assets })
    .from(playbackIds)
    .innerJoin(assets, eq(assets.id, playbackIds.assetId))
    .where(eq(playbackIds.id, playbackId))
    .limit(1);
  if (!row) throw notFound("Playback ID");
  return row;
}

import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assets, liveStreams, playbackIds } from "@/server/db/schema";
import { notFound } from "@/server/errors";

const playbackIdPattern = /^[A-Za-z0-9]{8,64}$/;

/**
 * Delivery's lookup: the playback ID itself is the capability, so there is no workspace to check
 * against. It names an asset or a live stream; a deleted playback ID, or one whose asset or live
 * stream is gone, is "not found".
 */
export async function findPlaybackTarget(playbackId: string) {
  if (!playbackIdPattern.test(playbackId)) throw notFound("Playback ID");
  const db = await getDb();
  const [row] = await db
    .select({ playbackId: playbackIds, asset: assets, liveStream: liveStreams })
    .from(playbackIds)
    .leftJoin(assets, eq(assets.id, playbackIds.assetId))
    .leftJoin(liveStreams, eq(liveStreams.id, playbackIds.liveStreamId))
    .where(eq(playbackIds.id, playbackId))
    .limit(1);
  if (!row || (!row.asset && !row.liveStream)) throw notFound("Playback ID");
  return row;
}

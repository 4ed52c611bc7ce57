import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { playbackIds } from "@/server/db/schema";
import { notFound } from "@/server/errors";

/** The tenant-checked lookup of a playback ID that must belong to this live stream. */
export async function getLiveStreamPlaybackIdOrThrow(input: { workspaceId: string; liveStreamId: string; playbackId: string }) {
  const db = await getDb();
  const row = await db.query.playbackIds.findFirst({
    where: and(eq(playbackIds.id, input.playbackId), eq(playbackIds.workspaceId, input.workspaceId), eq(playbackIds.liveStreamId, input.liveStreamId)),
  });
  if (!row) throw notFound("Playback ID");
  return row;
}

import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { playbackIds } from "@/server/db/schema";
import { notFound } from "@/server/errors";

/** The tenant-checked lookup; with `assetId`, the playback ID must also belong to that asset. */
export async function getPlaybackIdOrThrow(input: { playbackId: string; workspaceId: string; assetId?: string }) {
  const db = await getDb();
  const row = await db.query.playbackIds.findFirst({
    where: and(
      eq(playbackIds.id, input.playbackId),
      eq(playbackIds.workspaceId, input.workspaceId),
      input.assetId ? eq(playbackIds.assetId, input.assetId) : undefined,
    ),
  });
  if (!row) throw notFound("Playback ID");
  return row;
}

import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { playbackIds } from "@/server/db/schema";
import { getLiveStreamPlaybackIdOrThrow } from "./get-live-stream-playback-id-or-throw";

/** Deletes a live stream's playback ID; delivery looks IDs up per request, so new playback stops at once. */
export async function deleteLiveStreamPlaybackId(input: { workspaceId: string; liveStreamId: string; playbackId: string }): Promise<void> {
  const row = await getLiveStreamPlaybackIdOrThrow(input);
  const db = await getDb();
  await db.delete(playbackIds).where(eq(playbackIds.id, row.id));
}

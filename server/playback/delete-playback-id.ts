import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { playbackIds } from "@/server/db/schema";
import { getPlaybackIdOrThrow } from "./get-playback-id-or-throw";

/** Deletes a playback ID; delivery looks IDs up per request, so playback stops at once. */
export async function deletePlaybackId(input: { workspaceId: string; assetId: string; playbackId: string }): Promise<void> {
  const row = await getPlaybackIdOrThrow(input);
  const db = await getDb();
  await db.delete(playbackIds).where(eq(playbackIds.id, row.id));
}

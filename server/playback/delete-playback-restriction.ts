import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { playbackRestrictions } from "@/server/db/schema";
import { getPlaybackRestrictionOrThrow } from "./get-playback-restriction-or-throw";

/** Deletes a restriction; tokens naming it no longer verify (an unknown restriction refuses playback). */
export async function deletePlaybackRestriction(input: { workspaceId: string; playbackRestrictionId: string }): Promise<void> {
  const row = await getPlaybackRestrictionOrThrow(input);
  const db = await getDb();
  await db.delete(playbackRestrictions).where(eq(playbackRestrictions.id, row.id));
}

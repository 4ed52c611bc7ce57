import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { playbackRestrictions } from "@/server/db/schema";
import { notFound } from "@/server/errors";

/** The tenant-checked lookup of a playback restriction. */
export async function getPlaybackRestrictionOrThrow(input: { playbackRestrictionId: string; workspaceId: string }) {
  const db = await getDb();
  const row = await db.query.playbackRestrictions.findFirst({
    where: and(eq(playbackRestrictions.id, input.playbackRestrictionId), eq(playbackRestrictions.workspaceId, input.workspaceId)),
  });
  if (!row) throw notFound("Playback restriction");
  return row;
}

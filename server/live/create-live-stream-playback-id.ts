import { getDb } from "@/server/db/client";
import { playbackIds } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { createPlaybackIdSchema } from "@/server/playback/schemas";
import { getLiveStreamOrThrow } from "./get-live-stream-or-throw";

/** Adds a playback ID (public or signed) to one of the workspace's live streams. */
export async function createLiveStreamPlaybackId(input: { workspaceId: string; liveStreamId: string; body: unknown }) {
  const { policy } = createPlaybackIdSchema.parse(input.body ?? {});
  const stream = await getLiveStreamOrThrow(input);
  const db = await getDb();
  const [row] = await db.insert(playbackIds).values({ id: newId(), workspaceId: stream.workspaceId, liveStreamId: stream.id, policy }).returning();
  return row!;
}

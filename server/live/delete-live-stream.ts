import { eq } from "drizzle-orm";
import { events } from "@/inngest/events";
import { markAssetErrored } from "@/server/assets/mark-asset-errored";
import { getDb } from "@/server/db/client";
import { liveStreams, playbackIds } from "@/server/db/schema";
import { getStorage } from "@/server/storage/get-storage";
import { closeLiveSession } from "./close-live-session";
import { emitLiveStreamEvent } from "./emit-live-stream-event";
import { lockLiveStreamOrThrow } from "./lock-live-stream";

/**
 * Deletes a live stream: a broadcast in progress ends (its ingest node notices the row is gone and
 * disconnects the publisher) and its unfinished recording asset is marked errored, since the
 * session holding the recording goes with the stream. Sessions and simulcast targets cascade;
 * playback IDs and the stored live files (live/{id}/…) are removed. Earlier recordings stay as
 * ordinary assets. Emits video/live-stream.deleted with the stream as it was.
 */
export async function deleteLiveStream(input: { liveStreamId: string; workspaceId: string }): Promise<void> {
  const db = await getDb();
  const { row, closed } = await db.transaction(async (tx) => {
    const stream = await lockLiveStreamOrThrow(tx, input);
    const closed = stream.activeSessionId ? await closeLiveSession(tx, stream, { sessionId: stream.activeSessionId, reason: "deleted" }) : null;
    await tx.delete(liveStreams).where(eq(liveStreams.id, stream.id));
    return { row: closed?.liveStream ?? stream, closed };
  });
  if (closed?.session.assetId) {
    await markAssetErrored({
      assetId: closed.session.assetId,
      workspaceId: row.workspaceId,
      type: "internal_error",
      messages: ["The live stream was deleted during the broadcast; its recording was discarded"],
    });
  }
  await getStorage()
    .deletePrefix(`live/${row.id}/`)
    .catch((error: unknown) => console.error(`[live] could not remove the stored files of ${row.id}`, error));
  // The webhook's snapshot still lists the playback IDs; they go right after it.
  await emitLiveStreamEvent({ type: events.liveStreamDeleted }, row, { lastKnown: row });
  await db.delete(playbackIds).where(eq(playbackIds.liveStreamId, row.id));
}

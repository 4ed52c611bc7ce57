import { eq } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { liveStreams } from "@/server/db/schema";
import { emitLiveStreamEvent } from "./emit-live-stream-event";
import { generateStreamKey } from "./generate-stream-key";
import { lockLiveStreamOrThrow } from "./lock-live-stream";

/**
 * Replaces the stream key at once: the old key is refused from now on. A publisher already
 * connected with it keeps going (as at Mux); disable the stream to cut it off.
 */
export async function resetStreamKey(input: { liveStreamId: string; workspaceId: string }) {
  const db = await getDb();
  const row = await db.transaction(async (tx) => {
    const current = await lockLiveStreamOrThrow(tx, input);
    const [updated] = await tx.update(liveStreams).set({ streamKey: generateStreamKey() }).where(eq(liveStreams.id, current.id)).returning();
    return updated!;
  });
  await emitLiveStreamEvent({ type: events.liveStreamUpdated }, row, { suffix: `:${row.updatedAt.getTime()}` });
  return row;
}

import { eq } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { liveStreams } from "@/server/db/schema";
import { closeLiveSession } from "./close-live-session";
import { emitLiveStreamEvent } from "./emit-live-stream-event";
import { lockLiveStreamOrThrow } from "./lock-live-stream";
import { sendLiveStreamCompleted } from "./send-live-stream-completed";

/**
 * Refuses the stream key until enabled again. A broadcast in progress ends at once (its recording
 * becomes a VOD asset) and its publisher is disconnected by its ingest node. Emits
 * video/live-stream.disabled (then idle when a session ended).
 */
export async function disableLiveStream(input: { liveStreamId: string; workspaceId: string }) {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const stream = await lockLiveStreamOrThrow(tx, input);
    if (stream.status === "disabled") return { row: stream, changed: false, closed: null };
    const [disabled] = await tx.update(liveStreams).set({ status: "disabled" }).where(eq(liveStreams.id, stream.id)).returning();
    const closed = disabled!.activeSessionId ? await closeLiveSession(tx, disabled!, { sessionId: disabled!.activeSessionId, reason: "disabled" }) : null;
    return { row: closed?.liveStream ?? disabled!, changed: true, closed };
  });
  const { row, closed } = result;
  if (result.changed) await emitLiveStreamEvent({ type: events.liveStreamDisabled }, row, { suffix: `:${row.updatedAt.getTime()}` });
  if (closed) {
    await emitLiveStreamEvent({ type: events.liveStreamIdle }, row, { suffix: `:${closed.session.id}` });
    await sendLiveStreamCompleted({ liveStreamId: row.id, sessionId: closed.session.id, workspaceId: row.workspaceId });
  }
  return row;
}

import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { closeLiveSession } from "./close-live-session";
import { emitLiveStreamEvent } from "./emit-live-stream-event";
import { lockLiveStreamOrThrow } from "./lock-live-stream";
import { sendLiveStreamCompleted } from "./send-live-stream-completed";

/**
 * Ends the broadcast now instead of after the reconnect window: the session ends (players get
 * EXT-X-ENDLIST), the stream goes idle, and the recording becomes a VOD asset. A publisher still
 * connected is disconnected by its ingest node; sending again starts a new session. No-op when
 * nothing is being broadcast.
 */
export async function completeLiveStream(input: { liveStreamId: string; workspaceId: string }) {
  const db = await getDb();
  const { row, closed } = await db.transaction(async (tx) => {
    const stream = await lockLiveStreamOrThrow(tx, input);
    const closed = stream.activeSessionId ? await closeLiveSession(tx, stream, { sessionId: stream.activeSessionId, reason: "completed" }) : null;
    return { row: closed?.liveStream ?? stream, closed };
  });
  if (closed) {
    await emitLiveStreamEvent({ type: events.liveStreamIdle }, row, { suffix: `:${closed.session.id}` });
    await sendLiveStreamCompleted({ liveStreamId: row.id, sessionId: closed.session.id, workspaceId: row.workspaceId });
  }
  return row;
}

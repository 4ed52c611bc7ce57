import { eq } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { liveStreamSessions } from "@/server/db/schema";
import { closeLiveSession } from "@/server/live/close-live-session";
import { emitLiveStreamEvent } from "@/server/live/emit-live-stream-event";
import { lockLiveStream } from "@/server/live/lock-live-stream";

export const RECONNECT_WINDOW_ELAPSED = "reconnect window elapsed";

/**
 * The reconnect window of one disconnect ran out: finishes the session (as finishLiveSession does)
 * only if it is still waiting for that same disconnect's publisher — checked under the stream's
 * row lock, so a publisher returning at the last moment either continues the session or finds it
 * ended, never both. Null when the session was resumed, or ended some other way.
 */
export async function finishUnresumedSession(input: { liveStreamId: string; sessionId: string; disconnectedAt: string }) {
  const db = await getDb();
  const closed = await db.transaction(async (tx) => {
    const stream = await lockLiveStream(tx, { liveStreamId: input.liveStreamId });
    const [session] = await tx.select().from(liveStreamSessions).where(eq(liveStreamSessions.id, input.sessionId)).for("update");
    if (session?.status !== "reconnecting" || session.lastDisconnectedAt?.getTime() !== Date.parse(input.disconnectedAt)) return null;
    return closeLiveSession(tx, stream, { sessionId: session.id, reason: RECONNECT_WINDOW_ELAPSED });
  });
  if (!closed) return null;
  if (closed.liveStream) await emitLiveStreamEvent({ type: events.liveStreamIdle }, closed.liveStream, { suffix: `:${closed.session.id}` });
  return { sessionId: closed.session.id, assetId: closed.session.assetId };
}

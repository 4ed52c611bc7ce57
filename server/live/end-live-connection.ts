import { eq, or, isNull, and } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { liveStreamSessions, liveStreams } from "@/server/db/schema";
import { emitLiveStreamEvent } from "./emit-live-stream-event";
import { lockLiveStream } from "./lock-live-stream";

/**
 * A publisher went away. A live session starts waiting out the reconnect window (reconnecting;
 * video/live-stream.disconnected starts the timer). A session already ended under the publisher
 * (complete, disable) only takes this connection's recording. Either way the recording key is
 * appended, the media seconds added, and the stream shows no publisher. Returns null when there is
 * nothing to end (unknown session, this connection already ended); the caller then owns its
 * recording file.
 */
export async function endLiveConnection(input: { liveStreamId: string; sessionId: string; recordingKey: string | null; mediaSeconds: number; reason: string }) {
  const db = await getDb();
  const now = new Date();
  const ended = await db.transaction(async (tx) => {
    const stream = await lockLiveStream(tx, { liveStreamId: input.liveStreamId });
    const [current] = await tx.select().from(liveStreamSessions).where(eq(liveStreamSessions.id, input.sessionId)).for("update");
    if (!current || current.liveStreamId !== input.liveStreamId || current.status === "reconnecting") return null;
    const alreadyLeft = current.lastDisconnectedAt && current.lastConnectedAt && current.lastDisconnectedAt >= current.lastConnectedAt;
    if (current.status === "ended" && alreadyLeft) return null;
    const [session] = await tx
      .update(liveStreamSessions)
      .set({
        status: current.status === "live" ? "reconnecting" : current.status,
        recordingKeys: input.recordingKey ? [...current.recordingKeys, input.recordingKey] : current.recordingKeys,
        duration: current.duration + Math.max(input.mediaSeconds, 0),
        lastDisconnectedAt: now,
      })
      .where(eq(liveStreamSessions.id, current.id))
      .returning();
    // A newer session (a publisher that took over from a dead node) keeps its own connection state.
    const [liveStream] = stream
      ? await tx
          .update(liveStreams)
          .set({ activeIngestProtocol: null, disconnectedAt: now, health: null })
          .where(and(eq(liveStreams.id, stream.id), or(eq(liveStreams.activeSessionId, current.id), isNull(liveStreams.activeSessionId))))
          .returning()
      : [];
    return { session: session!, liveStream: liveStream ?? null };
  });
  if (!ended) return null;
  if (ended.liveStream) {
    await emitLiveStreamEvent(
      { type: events.liveStreamDisconnected, data: { sessionId: ended.session.id, disconnectedAt: now.toISOString() } },
      ended.liveStream,
      { suffix: `:${ended.session.id}:${ended.session.connectionCount}` },
    );
  }
  return { session: ended.session, liveStream: ended.liveStream };
}

import { eq } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { liveStreamSessions, liveStreams } from "@/server/db/schema";

/**
 * The ended transition of a session, inside the caller's transaction (which holds the stream's
 * row lock): session ended with its reason; the stream, if this was its session, idle (a
 * disabled one stays disabled) with no active session or asset. A publisher still connected keeps
 * active_ingest_protocol until endLiveConnection, so its key stays busy until it is gone.
 * Null when the session is unknown or already ended.
 */
export async function closeLiveSession(tx: Tx, stream: typeof liveStreams.$inferSelect | null, input: { sessionId: string; reason: string }) {
  const [current] = await tx.select().from(liveStreamSessions).where(eq(liveStreamSessions.id, input.sessionId)).for("update");
  if (!current || current.status === "ended") return null;
  const [session] = await tx
    .update(liveStreamSessions)
    .set({ status: "ended", endedAt: new Date(), endReason: input.reason })
    .where(eq(liveStreamSessions.id, current.id))
    .returning();
  if (!stream || stream.activeSessionId !== current.id) return { session: session!, liveStream: null };
  const publisherGone = current.status === "reconnecting";
  const [liveStream] = await tx
    .update(liveStreams)
    .set({
      status: stream.status === "disabled" ? "disabled" : "idle",
      activeSessionId: null,
      activeAssetId: null,
      ...(publisherGone ? { activeIngestProtocol: null, health: null } : {}),
    })
    .where(eq(liveStreams.id, stream.id))
    .returning();
  return { session: session!, liveStream: liveStream! };
}

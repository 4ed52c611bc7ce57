import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { closeLiveSession } from "./close-live-session";
import { emitLiveStreamEvent } from "./emit-live-stream-event";
import { lockLiveStream } from "./lock-live-stream";

/**
 * Ends a session (the reconnect window elapsed, max duration reached…): session ended, stream
 * idle, video/live-stream.idle. Idempotent: null when the session is already ended (or gone).
 * The caller turns the recording (`assetId`) into a VOD asset.
 */
export async function finishLiveSession(input: { liveStreamId: string; sessionId: string; reason: string }) {
  const db = await getDb();
  const closed = await db.transaction(async (tx) => {
    const stream = await lockLiveStream(tx, { liveStreamId: input.liveStreamId });
    return closeLiveSession(tx, stream, input);
  });
  if (!closed) return null;
  if (closed.liveStream) await emitLiveStreamEvent({ type: events.liveStreamIdle }, closed.liveStream, { suffix: `:${closed.session.id}` });
  return { session: closed.session, assetId: closed.session.assetId };
}

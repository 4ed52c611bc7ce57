import type { liveStreams } from "@/server/db/schema";

/** The ingest writes health every few seconds; a connection silent this long belongs to a node that died. */
export const staleConnectionMs = 30_000;

/**
 * Whether a publisher is connected to the stream now: a connection is recorded and its ingest
 * node still reports health. A stale one (the node crashed before endLiveConnection) does not block
 * the key forever; the next publisher takes the session over.
 */
export function isPublisherConnected(stream: typeof liveStreams.$inferSelect, now = Date.now()): boolean {
  if (!stream.activeIngestProtocol) return false;
  const lastSign = Math.max(stream.connectedAt?.getTime() ?? 0, stream.health ? Date.parse(stream.health.updatedAt) || 0 : 0);
  return now - lastSign < staleConnectionMs;
}

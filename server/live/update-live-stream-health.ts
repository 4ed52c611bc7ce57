import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { liveStreams } from "@/server/db/schema";
import type { LiveStreamHealth } from "@/server/db/schema/live";

/**
 * The ingest's latest measurements of the connected feed (every few seconds; also the heartbeat
 * that keeps the connection from counting as stale). Ignored once no publisher is recorded.
 * Returns whether the row took it.
 */
export async function updateLiveStreamHealth(input: { liveStreamId: string; health: LiveStreamHealth }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(liveStreams)
    .set({ health: input.health })
    .where(and(eq(liveStreams.id, input.liveStreamId), isNotNull(liveStreams.activeIngestProtocol)))
    .returning({ id: liveStreams.id });
  return rows.length > 0;
}

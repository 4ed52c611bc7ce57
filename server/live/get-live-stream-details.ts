import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assets, liveStreamSessions } from "@/server/db/schema";
import { getLiveStreamOrThrow } from "./get-live-stream-or-throw";
import { getLiveStreamViewerCount } from "./get-live-stream-viewer-count";
import { serializeLiveStreamsWithRelations } from "./serialize-live-streams-with-relations";

/** The console's stream page: the API JSON (with viewers now) plus the last 10 sessions and the recordings. */
export async function getLiveStreamDetails(input: { liveStreamId: string; workspaceId: string }) {
  const row = await getLiveStreamOrThrow(input);
  const viewerCount = await getLiveStreamViewerCount(input).catch((error: unknown) => {
    console.error(`[live] viewer count of ${row.id} failed`, error);
    return 0;
  });
  const db = await getDb();
  const [[liveStream], sessions, recordings] = await Promise.all([
    serializeLiveStreamsWithRelations([row], { viewerCounts: new Map([[row.id, viewerCount]]) }),
    db.select().from(liveStreamSessions).where(eq(liveStreamSessions.liveStreamId, row.id)).orderBy(desc(liveStreamSessions.startedAt)).limit(10),
    db
      .select({ id: assets.id, status: assets.status, duration: assets.duration, createdAt: assets.createdAt })
      .from(assets)
      .where(and(eq(assets.workspaceId, row.workspaceId), eq(assets.liveStreamId, row.id)))
      .orderBy(desc(assets.createdAt))
      .limit(50),
  ]);
  return {
    liveStream: liveStream!,
    viewerCount,
    health: liveStream!.health,
    ingest: liveStream!.ingest,
    simulcastTargets: liveStream!.simulcast_targets,
    sessions: sessions.map((s) => ({
      id: s.id,
      status: s.status,
      assetId: s.assetId,
      connectionCount: s.connectionCount,
      duration: s.duration,
      startedAt: s.startedAt,
      lastConnectedAt: s.lastConnectedAt,
      lastDisconnectedAt: s.lastDisconnectedAt,
      endedAt: s.endedAt,
      endReason: s.endReason,
    })),
    recordings,
  };
}

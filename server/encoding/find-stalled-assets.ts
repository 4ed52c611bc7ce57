import { and, eq, inArray, isNotNull, isNull, lt, notExists, or, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assets, mediaJobs } from "@/server/db/schema";

/**
 * Assets stuck in preparing: no change (progress bumps updated_at) for `quietMs` and no media job
 * queued or running for them — their run died or their created event never arrived. Live
 * recordings still being broadcast are not stalled.
 */
export async function findStalledAssets(input: { quietMs: number; limit: number }): Promise<{ id: string; workspaceId: string }[]> {
  const db = await getDb();
  return db
    .select({ id: assets.id, workspaceId: assets.workspaceId })
    .from(assets)
    .where(
      and(
        eq(assets.status, "preparing"),
        // A live recording waits for its broadcast to end (live-to-VOD sets its source then).
        or(isNull(assets.liveStreamId), isNotNull(assets.sourceKey)),
        lt(assets.updatedAt, sql`now() - ${input.quietMs} * interval '1 millisecond'`),
        notExists(
          db
            .select({ id: mediaJobs.id })
            .from(mediaJobs)
            .where(and(eq(mediaJobs.correlationId, assets.id), inArray(mediaJobs.status, ["queued", "running"]))),
        ),
      ),
    )
    .orderBy(assets.updatedAt)
    .limit(input.limit);
}

import { and, eq } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { liveStreams } from "@/server/db/schema";
import { notFound } from "@/server/errors";

/**
 * The stream's row, locked until the transaction ends (SELECT … FOR UPDATE): every state change of
 * a live stream goes through this, so a publisher connecting, an API call and the reconnect window
 * never interleave. With workspaceId it is the tenant-checked lookup; null when the row is gone.
 */
export async function lockLiveStream(tx: Tx, input: { liveStreamId: string; workspaceId?: string }) {
  const [row] = await tx
    .select()
    .from(liveStreams)
    .where(and(eq(liveStreams.id, input.liveStreamId), input.workspaceId ? eq(liveStreams.workspaceId, input.workspaceId) : undefined))
    .for("update");
  return row ?? null;
}

/** lockLiveStream for API calls: a missing (or another workspace's) stream is a 404. */
export async function lockLiveStreamOrThrow(tx: Tx, input: { liveStreamId: string; workspaceId: string }) {
  const row = await lockLiveStream(tx, input);
  if (!row) throw notFound("Live stream");
  return row;
}

import { and, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/server/db/client";
import { liveStreams } from "@/server/db/schema";
import { notFound } from "@/server/errors";

/** The tenant-checked lookup: another workspace's live stream is "not found". */
export async function getLiveStreamOrThrow(input: { liveStreamId: string; workspaceId: string }, tx?: Tx) {
  const db = tx ?? (await getDb());
  const row = await db.query.liveStreams.findFirst({ where: and(eq(liveStreams.id, input.liveStreamId), eq(liveStreams.workspaceId, input.workspaceId)) });
  if (!row) throw notFound("Live stream");
  return row;
}

import { and, desc, eq, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/server/db/client";
import { liveStreams } from "@/server/db/schema";
import { listLiveStreamsSchema } from "./schemas";

/** A workspace's live streams, newest first, by limit/page; optionally one status or one stream key. */
export async function listLiveStreams(input: { workspaceId: string } & z.input<typeof listLiveStreamsSchema>) {
  const q = listLiveStreamsSchema.parse(input);
  const where: SQL[] = [eq(liveStreams.workspaceId, input.workspaceId)];
  if (q.status) where.push(eq(liveStreams.status, q.status));
  if (q.stream_key) where.push(eq(liveStreams.streamKey, q.stream_key));
  const db = await getDb();
  const rows = await db
    .select()
    .from(liveStreams)
    .where(and(...where))
    .orderBy(desc(liveStreams.createdAt), desc(liveStreams.id))
    .limit(q.limit + 1)
    .offset((q.page - 1) * q.limit);
  return { liveStreams: rows.slice(0, q.limit), hasMore: rows.length > q.limit };
}

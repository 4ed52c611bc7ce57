import { desc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { playbackRestrictions } from "@/server/db/schema";

/** The workspace's playback restrictions, newest first (Mux's page/limit paging). */
export async function listPlaybackRestrictions(input: { workspaceId: string; limit?: number; page?: number }) {
  const limit = Math.min(Math.max(input.limit ?? 25, 1), 100);
  const page = Math.max(input.page ?? 1, 1);
  const db = await getDb();
  return db
    .select()
    .from(playbackRestrictions)
    .where(eq(playbackRestrictions.workspaceId, input.workspaceId))
    .orderBy(desc(playbackRestrictions.createdAt))
    .limit(limit)
    .offset((page - 1) * limit);
}

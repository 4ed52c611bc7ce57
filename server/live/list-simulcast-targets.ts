import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { simulcastTargets } from "@/server/db/schema";
import { getLiveStreamOrThrow } from "./get-live-stream-or-throw";

/** A live stream's simulcast targets, oldest first. */
export async function listSimulcastTargets(input: { workspaceId: string; liveStreamId: string }) {
  const stream = await getLiveStreamOrThrow(input);
  const db = await getDb();
  return db
    .select()
    .from(simulcastTargets)
    .where(and(eq(simulcastTargets.liveStreamId, stream.id), eq(simulcastTargets.workspaceId, stream.workspaceId)))
    .orderBy(asc(simulcastTargets.createdAt), asc(simulcastTargets.id));
}

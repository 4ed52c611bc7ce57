import { and, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/server/db/client";
import { simulcastTargets } from "@/server/db/schema";
import { notFound } from "@/server/errors";

/** One simulcast target of one of the workspace's live streams (tenant-checked; 404 otherwise). */
export async function getSimulcastTarget(input: { workspaceId: string; liveStreamId: string; simulcastTargetId: string }, tx?: Tx) {
  const db = tx ?? (await getDb());
  const row = await db.query.simulcastTargets.findFirst({
    where: and(
      eq(simulcastTargets.id, input.simulcastTargetId),
      eq(simulcastTargets.liveStreamId, input.liveStreamId),
      eq(simulcastTargets.workspaceId, input.workspaceId),
    ),
  });
  if (!row) throw notFound("Simulcast target");
  return row;
}

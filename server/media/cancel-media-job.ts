import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { mediaJobs, type MediaJobRow } from "@/server/db/schema";
import { getMediaJob } from "./get-media-job";
import { sendMediaJobFinished } from "./send-media-job-finished";

/**
 * Cancels a queued or running job; a finished job is returned unchanged. A running job's worker
 * sees the change at its next lease renewal and stops ffmpeg.
 */
export async function cancelMediaJob(input: { jobId: string; workspaceId?: string }): Promise<MediaJobRow> {
  await getMediaJob(input); // tenant check and not-found
  const db = await getDb();
  const [cancelled] = await db
    .update(mediaJobs)
    .set({ status: "cancelled", finishedAt: sql`now()`, leaseOwner: null, leaseExpiresAt: null })
    .where(and(eq(mediaJobs.id, input.jobId), inArray(mediaJobs.status, ["queued", "running"])))
    .returning();
  if (!cancelled) return getMediaJob(input);
  void sendMediaJobFinished(cancelled.id, "cancelled");
  return cancelled;
}

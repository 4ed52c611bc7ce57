import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { mediaJobs } from "@/server/db/schema";

/** Hands a running job back to the queue when its worker shuts down; the attempt does not count. */
export async function requeueMediaJob(input: { jobId: string; owner: string }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(mediaJobs)
    .set({
      status: "queued",
      attempts: sql`greatest(${mediaJobs.attempts} - 1, 0)`,
      progress: 0,
      runAfter: sql`now()`,
      leaseOwner: null,
      leaseExpiresAt: null,
    })
    .where(and(eq(mediaJobs.id, input.jobId), eq(mediaJobs.leaseOwner, input.owner), eq(mediaJobs.status, "running")))
    .returning({ id: mediaJobs.id });
  return rows.length > 0;
}

import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { mediaJobs } from "@/server/db/schema";

/**
 * Extends `owner`'s lease on a running job and records its progress. False when the job is no
 * longer this worker's to run (cancelled, or reclaimed after a missed lease): stop working on it.
 */
export async function renewMediaJobLease(input: { jobId: string; owner: string; leaseMs: number; progress?: number }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(mediaJobs)
    .set({
      leaseExpiresAt: sql`now() + ${input.leaseMs} * interval '1 millisecond'`,
      ...(input.progress === undefined ? {} : { progress: Math.min(100, Math.max(0, input.progress)) }),
    })
    .where(and(eq(mediaJobs.id, input.jobId), eq(mediaJobs.leaseOwner, input.owner), eq(mediaJobs.status, "running")))
    .returning({ id: mediaJobs.id });
  return rows.length > 0;
}

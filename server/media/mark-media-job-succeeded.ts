import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { mediaJobs } from "@/server/db/schema";
import type { FfmpegResult } from "@/server/media/ffmpeg/builders";

/** Records a job's result; false if the job stopped being `owner`'s meanwhile (its result is dropped). */
export async function markMediaJobSucceeded(input: { jobId: string; owner: string; result: FfmpegResult }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(mediaJobs)
    .set({
      status: "succeeded",
      progress: 100,
      result: input.result,
      error: null,
      errorDetail: null,
      failureKind: null,
      leaseOwner: null,
      leaseExpiresAt: null,
      finishedAt: sql`now()`,
    })
    .where(and(eq(mediaJobs.id, input.jobId), eq(mediaJobs.leaseOwner, input.owner), eq(mediaJobs.status, "running")))
    .returning({ id: mediaJobs.id });
  return rows.length > 0;
}

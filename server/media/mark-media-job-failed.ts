import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { mediaJobs, type MediaJobRow } from "@/server/db/schema";

const RETRY_BASE_MS = 5_000;

/**
 * Records a failed attempt. Bad input fails the job at once; other errors are retried with backoff
 * (5 s, 10 s, 20 s...) while attempts remain. Returns the new status, or null if the job stopped
 * being `owner`'s meanwhile.
 */
export async function markMediaJobFailed(input: {
  jobId: string;
  owner: string;
  kind: NonNullable<MediaJobRow["failureKind"]>;
  error: string;
  detail?: string;
}): Promise<"queued" | "failed" | null> {
  const db = await getDb();
  const retry = input.kind !== "bad_input";
  const mine = and(eq(mediaJobs.id, input.jobId), eq(mediaJobs.leaseOwner, input.owner), eq(mediaJobs.status, "running"));
  const canRetry = sql`${retry} and ${mediaJobs.attempts} < ${mediaJobs.maxAttempts}`;
  const [row] = await db
    .update(mediaJobs)
    .set({
      status: sql`case when ${canRetry} then 'queued' else 'failed' end`,
      runAfter: sql`now() + ${RETRY_BASE_MS} * power(2, greatest(${mediaJobs.attempts} - 1, 0)) * interval '1 millisecond'`,
      finishedAt: sql`case when ${canRetry} then null else now() end`,
      error: input.error,
      errorDetail: input.detail ?? null,
      failureKind: input.kind,
      leaseOwner: null,
      leaseExpiresAt: null,
    })
    .where(mine)
    .returning({ status: mediaJobs.status });
  return row ? (row.status as "queued" | "failed") : null;
}

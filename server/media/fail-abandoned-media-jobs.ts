import { and, eq, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { mediaJobs } from "@/server/db/schema";

/** Fails running jobs whose lease expired with no attempts left (their workers kept dying). Returns their ids. */
export async function failAbandonedMediaJobs(): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .update(mediaJobs)
    .set({
      status: "failed",
      failureKind: "error",
      error: sql`'The worker running this job stopped ' || ${mediaJobs.attempts} || ' times; giving up'`,
      leaseOwner: null,
      leaseExpiresAt: null,
      finishedAt: sql`now()`,
    })
    .where(
      and(eq(mediaJobs.status, "running"), lt(mediaJobs.leaseExpiresAt, sql`now()`), gte(mediaJobs.attempts, mediaJobs.maxAttempts)),
    )
    .returning({ id: mediaJobs.id });
  return rows.map((r) => r.id);
}

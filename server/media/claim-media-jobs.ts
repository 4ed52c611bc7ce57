import { and, asc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { mediaJobs, type MediaJobRow } from "@/server/db/schema";

/**
 * Takes up to `limit` runnable jobs for `owner`: queued ones that are due, and running ones whose
 * lease expired (their worker died) with attempts left. SKIP LOCKED lets workers claim side by side.
 */
export async function claimMediaJobs(input: { owner: string; limit: number; leaseMs: number }): Promise<MediaJobRow[]> {
  if (input.limit < 1) return [];
  const db = await getDb();
  const due = db
    .select({ id: mediaJobs.id })
    .from(mediaJobs)
    .where(
      or(
        and(eq(mediaJobs.status, "queued"), lte(mediaJobs.runAfter, sql`now()`)),
        and(
          eq(mediaJobs.status, "running"),
          lt(mediaJobs.leaseExpiresAt, sql`now()`),
          lt(mediaJobs.attempts, mediaJobs.maxAttempts),
        ),
      ),
    )
    .orderBy(asc(mediaJobs.createdAt))
    .limit(input.limit)
    .for("update", { skipLocked: true });
  return db
    .update(mediaJobs)
    .set({
      status: "running",
      attempts: sql`${mediaJobs.attempts} + 1`,
      leaseOwner: input.owner,
      leaseExpiresAt: sql`now() + ${input.leaseMs} * interval '1 millisecond'`,
      startedAt: sql`now()`,
      progress: 0,
    })
    .where(inArray(mediaJobs.id, due))
    .returning();
}

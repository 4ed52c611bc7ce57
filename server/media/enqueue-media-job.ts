import { sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { mediaJobs, type MediaJobRow } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { ffmpegJobSchema, type FfmpegJobInput } from "@/server/media/ffmpeg/builders";
import { assertStorageKey } from "@/server/storage/assert-storage-key";

export const MEDIA_JOBS_CHANNEL = "media_jobs";

export interface EnqueueMediaJobInput {
  /** The job; its `input`/`output`/`outputDir` are storage keys. */
  job: FfmpegJobInput;
  /** A caller-chosen id makes enqueueing idempotent: the same id returns the existing row. */
  id?: string;
  workspaceId?: string;
  runId?: string;
  correlationId?: string;
  maxAttempts?: number;
}

/** Queues a media job for the workers and wakes them. */
export async function enqueueMediaJob(input: EnqueueMediaJobInput): Promise<MediaJobRow> {
  const job = ffmpegJobSchema.parse(input.job);
  // Bad keys fail here, at the caller, not minutes later in a worker.
  if ("input" in job) assertStorageKey(job.input);
  if ("output" in job) assertStorageKey(job.output);
  if ("outputDir" in job && typeof job.outputDir === "string") assertStorageKey(job.outputDir, { prefix: true });
  const db = await getDb();
  const id = input.id ?? `mj_${newId(20)}`;
  const [inserted] = await db
    .insert(mediaJobs)
    .values({
      id,
      type: job.type,
      input: job,
      workspaceId: input.workspaceId,
      runId: input.runId,
      correlationId: input.correlationId,
      maxAttempts: input.maxAttempts,
    })
    .onConflictDoNothing({ target: mediaJobs.id })
    .returning();
  if (!inserted) {
    const existing = await db.query.mediaJobs.findFirst({ where: (t, { eq }) => eq(t.id, id) });
    if (!existing) throw new Error(`media job ${id} neither inserted nor found`);
    return existing;
  }
  // Real PostgreSQL delivers this to LISTENing workers at once; elsewhere workers find it by polling.
  await db.execute(sql`select pg_notify(${MEDIA_JOBS_CHANNEL}, ${id})`).catch(() => undefined);
  return inserted;
}

/**
 * Media jobs: ffmpeg/ffprobe work queued by the app or workflows and run by worker processes
 * (server/worker). A worker claims a row with FOR UPDATE SKIP LOCKED and holds it by a lease it
 * renews; a row whose lease expired belongs to a dead worker and is claimed again. The row is the
 * source of truth for the job's outcome; the `media/job.finished` event only wakes waiters.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, real, text, timestamp } from "drizzle-orm/pg-core";
import type { FfmpegJob, FfmpegJobType, FfmpegResult } from "../../media/ffmpeg/builders";
import { createdAt, updatedAt } from "./columns";
import { workspaces } from "./identity";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const mediaJobStatuses = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export type MediaJobStatus = (typeof mediaJobStatuses)[number];
export const terminalMediaJobStatuses = ["succeeded", "failed", "cancelled"] as const satisfies readonly MediaJobStatus[];

/** bad_input: the input is not usable media (retrying cannot help); error: anything else. */
export const mediaJobFailureKinds = ["bad_input", "error"] as const;

export const mediaJobs = pgTable(
  "media_jobs",
  {
    id: text("id").primaryKey(),
    type: text("type").$type<FfmpegJobType>().notNull(),
    /** The job; `input`/`output`/`outputDir` in it are storage keys. */
    input: jsonb("input").$type<FfmpegJob>().notNull(),
    status: text("status", { enum: mediaJobStatuses }).notNull().default("queued"),
    progress: real("progress").notNull().default(0),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(3),
    /** A queued job is not claimed before this (retry backoff). */
    runAfter: ts("run_after").notNull().defaultNow(),
    leaseOwner: text("lease_owner"),
    leaseExpiresAt: ts("lease_expires_at"),
    result: jsonb("result").$type<FfmpegResult>(),
    /** A message a person can act on. */
    error: text("error"),
    /** For operators: the command line and the tail of stderr. */
    errorDetail: text("error_detail"),
    failureKind: text("failure_kind", { enum: mediaJobFailureKinds }),
    workspaceId: text("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    /** The workflow run that enqueued the job, when one did. */
    runId: text("run_id"),
    /** Free-form link to what the job is for (an asset id, an upload id...). */
    correlationId: text("correlation_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    startedAt: ts("started_at"),
    finishedAt: ts("finished_at"),
  },
  (t) => [
    index("media_jobs_claim_idx").on(t.status, t.runAfter, t.createdAt),
    index("media_jobs_lease_idx").on(t.leaseExpiresAt).where(sql`${t.status} = 'running'`),
    index("media_jobs_workspace_idx").on(t.workspaceId, t.createdAt),
    index("media_jobs_run_idx").on(t.runId),
    index("media_jobs_correlation_idx").on(t.correlationId),
    check("media_jobs_progress_range", sql`${t.progress} >= 0 and ${t.progress} <= 100`),
  ],
);

export type MediaJobRow = typeof mediaJobs.$inferSelect;

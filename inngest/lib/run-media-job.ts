import { createHash } from "node:crypto";
import { NonRetriableError } from "inngest";
import { events } from "@/inngest/events";
import type { MediaJobRow } from "@/server/db/schema";
import type { FfmpegJobInput, FfmpegResult } from "@/server/media/ffmpeg/builders";
import { enqueueMediaJob } from "@/server/media/enqueue-media-job";
import { getMediaJob } from "@/server/media/get-media-job";

/** The step tools runMediaJob uses: only run and waitForEvent, which every runtime we target has. */
export interface MediaJobSteps {
  run<T>(id: string, fn: () => Promise<T>): Promise<unknown>;
  waitForEvent(id: string, options: { event: string; if: string; timeout: string }): Promise<unknown>;
}

interface JobState {
  status: MediaJobRow["status"];
  result: MediaJobRow["result"];
  error: string | null;
  failureKind: MediaJobRow["failureKind"];
}

/** The job id for step `name` of run `runId`: a retried enqueue step finds the row it already made. */
export const mediaJobIdFor = (runId: string, name: string) =>
  `mj_${createHash("sha256").update(`${runId}\u0000${name}`).digest("hex").slice(0, 32)}`;

/**
 * Runs a media job from an Inngest function and returns its typed result. Enqueues in a step (with
 * a deterministic id), then alternates "read the row" steps with waits for `media/job.finished`.
 * Reading first and waiting with a timeout copes with an event that fired before the wait was
 * registered, and with one that was never sent: the row, not the event, says when the job is done.
 * Throws NonRetriableError when the input is unusable or the job was cancelled.
 */
export async function runMediaJob<J extends FfmpegJobInput>(
  ctx: { step: MediaJobSteps; runId: string },
  name: string,
  job: J,
  options: { workspaceId?: string; correlationId?: string; waitTimeout?: string } = {},
): Promise<FfmpegResult<J["type"]>> {
  const jobId = mediaJobIdFor(ctx.runId, name);
  await ctx.step.run(`${name}:enqueue`, async () => {
    await enqueueMediaJob({ id: jobId, job, runId: ctx.runId, workspaceId: options.workspaceId, correlationId: options.correlationId });
    return jobId;
  });
  for (let round = 0; ; round++) {
    const state = (await ctx.step.run(`${name}:check-${round}`, async (): Promise<JobState> => {
      const row = await getMediaJob({ jobId });
      return { status: row.status, result: row.result, error: row.error, failureKind: row.failureKind };
    })) as JobState;
    if (state.status === "succeeded") return state.result as FfmpegResult<J["type"]>;
    if (state.status === "cancelled") throw new NonRetriableError(`Media job ${name} (${jobId}) was cancelled`);
    if (state.status === "failed") {
      const message = `Media job ${name} (${jobId}) failed: ${state.error ?? "unknown error"}`;
      throw state.failureKind === "bad_input" ? new NonRetriableError(message) : new Error(message);
    }
    await ctx.step.waitForEvent(`${name}:wait-${round}`, {
      event: events.mediaJobFinished.name,
      if: `async.data.jobId == '${jobId}'`,
      timeout: options.waitTimeout ?? "30s",
    });
  }
}

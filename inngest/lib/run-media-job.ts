import { createHash } from "node:crypto";
import { events } from "@/inngest/events";
import type { FfmpegJobInput, FfmpegResult } from "@/server/media/ffmpeg/builders";
import { enqueueMediaJob } from "@/server/media/enqueue-media-job";
import { getMediaJob } from "@/server/media/get-media-job";
import { pollMediaJob, type MediaJobState } from "@/server/media/poll-media-job";
import { settleMediaJobState } from "./settle-media-job-state";

/** The step tools runMediaJob uses: only run and waitForEvent, which every runtime we target has. */
export interface MediaJobSteps {
  run<T>(id: string, fn: () => Promise<T>): Promise<unknown>;
  waitForEvent(id: string, options: { event: string; if: string; timeout: string }): Promise<unknown>;
  sendEvent(id: string, payload: { name: string; data: { jobId: string; status: "succeeded" | "failed" | "cancelled" } }): Promise<unknown>;
}

/** The job id for step `name` of run `runId`: a retried enqueue step finds the row it already made. */
export const mediaJobIdFor = (runId: string, name: string) =>
  `mj_${createHash("sha256").update(`${runId}\u0000${name}`).digest("hex").slice(0, 32)}`;

const asState = (value: unknown): MediaJobState | null => (value && typeof value === "object" && "status" in value ? (value as MediaJobState) : null);

/**
 * Runs a media job from an Inngest function and returns its typed result. Enqueues in a step (with
 * a deterministic id) that, with `inlineWaitMs`, also polls the row that long: a short job is
 * done in that one round trip. Otherwise each round registers a wait for `media/job.finished`
 * together with a step reading the row — the wait is planned in the same SDK response as the
 * check, so the runtime records it before the check runs and a finish between the two is not
 * lost; the row, not the event, says when the job is done. The SDK ends a run only once every
 * step it saw has settled, so a check that finds the job done re-sends `media/job.finished` to
 * release its own wait instead of leaving it to time out.
 * Throws NonRetriableError when the input is unusable or the job was cancelled.
 */
export async function runMediaJob<J extends FfmpegJobInput>(
  ctx: { step: MediaJobSteps; runId: string },
  name: string,
  job: J,
  options: { workspaceId?: string; correlationId?: string; waitTimeout?: string; inlineWaitMs?: number } = {},
): Promise<FfmpegResult<J["type"]>> {
  const jobId = mediaJobIdFor(ctx.runId, name);
  const first = await ctx.step.run(`${name}:enqueue`, async () => {
    await enqueueMediaJob({ id: jobId, job, runId: ctx.runId, workspaceId: options.workspaceId, correlationId: options.correlationId });
    return options.inlineWaitMs ? await pollMediaJob({ jobId, timeoutMs: options.inlineWaitMs }) : null;
  });
  const settled = settleMediaJobState<J["type"]>(name, jobId, asState(first));
  if (settled) return settled;
  for (let round = 0; ; round++) {
    // Not awaited yet on purpose: both ops go out in one response (see above).
    const wait = ctx.step.waitForEvent(`${name}:wait-${round}`, {
      event: events.mediaJobFinished.name,
      if: `async.data.jobId == '${jobId}'`,
      timeout: options.waitTimeout ?? "30s",
    });
    const state = await ctx.step.run(`${name}:check-${round}`, async (): Promise<MediaJobState> => {
      const row = await getMediaJob({ jobId });
      return { status: row.status, result: row.result, error: row.error, failureKind: row.failureKind };
    });
    const found = asState(state);
    if (found && found.status !== "queued" && found.status !== "running") {
      await ctx.step.sendEvent(`${name}:release-${round}`, events.mediaJobFinished.create({ jobId, status: found.status }));
      return settleMediaJobState<J["type"]>(name, jobId, found)!;
    }
    await wait;
  }
}

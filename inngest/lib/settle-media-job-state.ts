import { NonRetriableError } from "inngest";
import type { FfmpegJobType, FfmpegResult } from "@/server/media/ffmpeg/builders";
import type { MediaJobState } from "@/server/media/poll-media-job";

/**
 * A media job's state as seen by a workflow: its result when it succeeded, null while it runs, and
 * a thrown error when it ended otherwise (NonRetriableError for bad input or a cancelled job).
 * Called in the function body, not in a step, so the error type reaches the function's catch.
 */
export function settleMediaJobState<T extends FfmpegJobType>(name: string, jobId: string, state: MediaJobState | null): FfmpegResult<T> | null {
  if (!state) return null;
  if (state.status === "succeeded") return state.result as FfmpegResult<T>;
  if (state.status === "cancelled") throw new NonRetriableError(`Media job ${name} (${jobId}) was cancelled`);
  if (state.status === "failed") {
    const message = `Media job ${name} (${jobId}) failed: ${state.error ?? "unknown error"}`;
    throw state.failureKind === "bad_input" ? new NonRetriableError(message) : new Error(message);
  }
  return null;
}

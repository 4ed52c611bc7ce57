import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import type { MediaJobRow } from "@/server/db/schema";

type TerminalStatus = Exclude<MediaJobRow["status"], "queued" | "running">;

/**
 * Tells workflows a job is done. Best effort: the row already holds the outcome and waiters re-read
 * it on their timeout, so a failed send is logged, never thrown.
 */
export async function sendMediaJobFinished(jobId: string, status: TerminalStatus): Promise<void> {
  try {
    await inngest.send(events.mediaJobFinished.create({ jobId, status }));
  } catch (error) {
    const reason = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}` : String(error);
    console.warn(`[media] could not send media/job.finished for ${jobId} (${status}); waiters will re-read the row: ${reason}`);
  }
}

import type { MediaJobRow } from "@/server/db/schema";
import { getMediaJob } from "./get-media-job";

export interface MediaJobState {
  status: MediaJobRow["status"];
  result: MediaJobRow["result"];
  error: string | null;
  failureKind: MediaJobRow["failureKind"];
}

const terminal = new Set<MediaJobRow["status"]>(["succeeded", "failed", "cancelled"]);

/**
 * Reads a media job's row until it is terminal or `timeoutMs` passes, and returns its state. Used
 * inside a workflow step for jobs that finish in about a second (the fast path): polling the row
 * here costs far less than the step round trips of an event wait.
 */
export async function pollMediaJob(input: { jobId: string; timeoutMs: number; intervalMs?: number }): Promise<MediaJobState> {
  const deadline = Date.now() + input.timeoutMs;
  for (;;) {
    const row = await getMediaJob({ jobId: input.jobId });
    const state: MediaJobState = { status: row.status, result: row.result, error: row.error, failureKind: row.failureKind };
    if (terminal.has(row.status) || Date.now() >= deadline) return state;
    await new Promise((resolve) => setTimeout(resolve, input.intervalMs ?? 20));
  }
}

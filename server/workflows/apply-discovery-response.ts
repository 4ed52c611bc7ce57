import { eq, max } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { workflowRuns, workflowSteps } from "@/server/db/schema";
import { applyDiscoveryOps } from "./apply-discovery-ops";
import type { SdkResponse } from "./call-function-endpoint";
import { computeRetryDelay } from "./compute-retry-delay";
import { finishRun } from "./finish-run";
import type { RuntimeContext } from "./runtime-context";
import { resolveWakeTime } from "./resolve-wake-time";
import type { RunRow } from "./with-run-lease";

/**
 * Applies the answer to a discovery request (`stepId=step`): 200 completes the run; 206 records the
 * steps it reports; an error is a failed function-level attempt, retried with backoff until the
 * function's retries are used up or the SDK says not to retry. Returns when to retry, if it must.
 */
export async function applyDiscoveryResponse(
  tx: Tx,
  ctx: RuntimeContext,
  input: { run: RunRow; response: SdkResponse; maxAttempts: number; known: Set<string>; seqBefore: number },
): Promise<Date | undefined> {
  const { run, response } = input;
  const now = ctx.now();
  const version = response.kind === "error" ? undefined : response.version;
  if (version !== undefined && run.requestVersion === null) {
    await tx.update(workflowRuns).set({ requestVersion: version }).where(eq(workflowRuns.id, run.id));
  }
  if (response.kind === "complete") {
    await finishRun(tx, run, { status: "completed", output: response.output }, now);
    return undefined;
  }
  if (response.kind === "error") {
    const next = run.attempt + 1;
    if (response.noRetry || next >= input.maxAttempts) {
      await finishRun(tx, run, { status: "failed", error: response.error }, now);
      return undefined;
    }
    await tx.update(workflowRuns).set({ attempt: next, error: response.error }).where(eq(workflowRuns.id, run.id));
    const retryAt = response.retryAfter ? resolveWakeTime(response.retryAfter, now) : null;
    return retryAt ?? new Date(now.getTime() + computeRetryDelay({ retry: next, baseMs: ctx.retryBaseMs }));
  }
  // A step that settled while the SDK was answering (an event matched a wait) needs another look.
  const [latest] = await tx.select({ seq: max(workflowSteps.completionSeq) }).from(workflowSteps).where(eq(workflowSteps.runId, run.id));
  const settledMeanwhile = (latest?.seq ?? 0) !== input.seqBefore;
  await tx.update(workflowRuns).set({ attempt: 0, error: null, needsDiscovery: settledMeanwhile }).where(eq(workflowRuns.id, run.id));
  const { noRetry, retryAfter } = response;
  await applyDiscoveryOps(tx, ctx, { run, ops: response.ops, known: input.known, maxAttempts: input.maxAttempts, noRetry, retryAfter });
  return undefined;
}

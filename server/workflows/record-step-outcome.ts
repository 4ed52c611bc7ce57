import { eq } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { workflowRuns } from "@/server/db/schema";
import { toWorkflowError, type SdkOp } from "./call-function-endpoint";
import { computeRetryDelay } from "./compute-retry-delay";
import type { RuntimeContext } from "./runtime-context";
import { resolveWakeTime } from "./resolve-wake-time";
import { upsertStep } from "./upsert-step";

/**
 * Records what happened when the SDK ran a step (StepRun, StepError or StepFailed): memoizes the
 * result, or schedules the step's next attempt with backoff (or the app's retry-after), or — out
 * of attempts or told not to retry — memoizes the error so the function sees a StepError.
 */
export async function recordStepOutcome(
  tx: Tx,
  ctx: RuntimeContext,
  input: { runId: string; op: SdkOp; attempt: number; maxAttempts: number; noRetry?: boolean; retryAfter?: string; startedAt: Date },
): Promise<void> {
  const { op, runId } = input;
  const now = ctx.now();
  const base = { startedAt: input.startedAt, opts: op.opts ?? null };
  if (op.op === "StepRun" || op.op === "Step") {
    await upsertStep(tx, runId, op, { ...base, status: "completed", output: op.data ?? null, error: null, attempt: input.attempt, endedAt: now, wakeAt: null });
  } else {
    const error = toWorkflowError(op.error);
    const next = input.attempt + 1;
    if (op.op === "StepError" && input.noRetry !== true && next < input.maxAttempts) {
      const retryAt = input.retryAfter ? resolveWakeTime(input.retryAfter, now) : null;
      const wakeAt = retryAt ?? new Date(now.getTime() + computeRetryDelay({ retry: next, baseMs: ctx.retryBaseMs }));
      await upsertStep(tx, runId, op, { ...base, status: "planned", error, attempt: next, wakeAt });
      return;
    }
    await upsertStep(tx, runId, op, { ...base, status: "failed", output: null, error, attempt: input.attempt, endedAt: now, wakeAt: null });
  }
  await tx.update(workflowRuns).set({ needsDiscovery: true }).where(eq(workflowRuns.id, runId));
}

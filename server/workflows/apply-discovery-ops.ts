import { eq } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { workflowRuns } from "@/server/db/schema";
import type { SdkOp } from "./call-function-endpoint";
import { finishRun } from "./finish-run";
import { recordStepOutcome } from "./record-step-outcome";
import type { RuntimeContext } from "./runtime-context";
import { startStepWait } from "./start-step-wait";
import { upsertStep } from "./upsert-step";
import type { RunRow } from "./with-run-lease";

/**
 * Applies the ops of a 206 answer. Parallel steps arrive as several ops in one answer; ops for
 * steps the run already tracks (still-pending parallel siblings reported again) are skipped.
 * Returns true when the run finished (RunComplete).
 */
export async function applyDiscoveryOps(
  tx: Tx,
  ctx: RuntimeContext,
  input: { run: RunRow; ops: SdkOp[]; known: Set<string>; maxAttempts: number; noRetry?: boolean; retryAfter?: string },
): Promise<boolean> {
  const now = ctx.now();
  for (const op of input.ops) {
    if (op.op === "RunComplete") {
      await finishRun(tx, input.run, { status: "completed", output: op.data ?? null }, now);
      return true;
    }
    if (op.op === "StepRun" || op.op === "Step" || op.op === "StepError" || op.op === "StepFailed") {
      const { noRetry, retryAfter } = input;
      await recordStepOutcome(tx, ctx, { runId: input.run.id, op, attempt: 0, maxAttempts: input.maxAttempts, noRetry, retryAfter, startedAt: now });
      continue;
    }
    if (input.known.has(op.id)) continue;
    input.known.add(op.id);
    if (op.op === "StepPlanned") {
      await upsertStep(tx, input.run.id, op, { startedAt: now, status: "planned", attempt: 0, opts: op.opts ?? null });
      continue;
    }
    if (await startStepWait(tx, input.run, op, now)) continue;
    // An op outside the supported set (AI gateway, signals, fetch…): fail the step, the function sees a StepError.
    const error = { name: "UnsupportedStepError", message: `${op.op} is not supported by Keyframe's embedded workflow runtime` };
    await upsertStep(tx, input.run.id, op, { startedAt: now, status: "failed", error, endedAt: now });
    await tx.update(workflowRuns).set({ needsDiscovery: true }).where(eq(workflowRuns.id, input.run.id));
  }
  return false;
}

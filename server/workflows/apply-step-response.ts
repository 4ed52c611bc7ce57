import type { Tx } from "@/server/db/client";
import type { workflowSteps } from "@/server/db/schema";
import { applyDiscoveryOps } from "./apply-discovery-ops";
import type { SdkOp, SdkResponse } from "./call-function-endpoint";
import { finishRun } from "./finish-run";
import { recordStepOutcome } from "./record-step-outcome";
import type { RuntimeContext } from "./runtime-context";
import type { RunRow } from "./with-run-lease";

const outcomeOps = new Set(["StepRun", "Step", "StepError", "StepFailed"]);

/**
 * Applies the answer to a request that ran one planned step (`stepId=<hash>`): normally a single
 * StepRun/StepError/StepFailed op. An HTTP error counts as a failed attempt of that step, unless
 * the SDK said not to retry (NonRetriableError outside a step), which fails the run.
 */
export async function applyStepResponse(
  tx: Tx,
  ctx: RuntimeContext,
  input: { run: RunRow; step: typeof workflowSteps.$inferSelect; response: SdkResponse; maxAttempts: number; known: Set<string> },
): Promise<void> {
  const { run, step, response, maxAttempts } = input;
  const startedAt = step.startedAt;
  if (response.kind === "complete") {
    await finishRun(tx, run, { status: "completed", output: response.output }, ctx.now());
    return;
  }
  if (response.kind === "error") {
    if (response.noRetry) {
      await finishRun(tx, run, { status: "failed", error: response.error }, ctx.now());
      return;
    }
    const op: SdkOp = { id: step.hash, op: "StepError", error: response.error, displayName: step.name, userland: { id: step.stepId } };
    await recordStepOutcome(tx, ctx, { runId: run.id, op, attempt: step.attempt, maxAttempts, retryAfter: response.retryAfter, startedAt });
    return;
  }
  const others: SdkOp[] = [];
  for (const op of response.ops) {
    if (op.id === step.hash && outcomeOps.has(op.op)) {
      const { noRetry, retryAfter } = response;
      await recordStepOutcome(tx, ctx, { runId: run.id, op, attempt: step.attempt, maxAttempts, noRetry, retryAfter, startedAt });
    } else others.push(op);
  }
  if (others.length) await applyDiscoveryOps(tx, ctx, { run, ops: others, known: input.known, maxAttempts });
}

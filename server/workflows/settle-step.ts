import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { workflowRuns, workflowSteps, type WorkflowError, type WorkflowStepStatus } from "@/server/db/schema";

export type StepResult = { data: unknown } | { error: WorkflowError };

/**
 * Completes (data) or fails (error) a step that is still in one of `from`, records its place in
 * the run's completion order, and marks the run due for a discovery request. Returns false when
 * the step had already moved on (a wait matched and timed out at once: only one side wins).
 */
export async function settleStep(
  tx: Tx,
  input: { runId: string; hash: string; from: WorkflowStepStatus[]; result: StepResult; now: Date },
): Promise<boolean> {
  const failed = "error" in input.result;
  const updated = await tx
    .update(workflowSteps)
    .set({
      status: failed ? "failed" : "completed",
      output: "data" in input.result ? (input.result.data ?? null) : null,
      error: "error" in input.result ? input.result.error : null,
      completionSeq: sql`nextval('workflow_step_completion_seq')`,
      endedAt: input.now,
      wakeAt: null,
    })
    .where(and(eq(workflowSteps.runId, input.runId), eq(workflowSteps.hash, input.hash), inArray(workflowSteps.status, input.from)))
    .returning({ hash: workflowSteps.hash });
  if (!updated.length) return false;
  await tx
    .update(workflowRuns)
    .set({ needsDiscovery: true, nextAttemptAt: input.now })
    .where(and(eq(workflowRuns.id, input.runId), notInArray(workflowRuns.status, ["completed", "failed", "cancelled"])));
  return true;
}

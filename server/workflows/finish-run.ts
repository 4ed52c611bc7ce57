import { eq } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { workflowRuns, workflowWaits, type WorkflowError, type WorkflowRunStatus } from "@/server/db/schema";
import { ingestEvents } from "./ingest-events";
import { logRunTransition } from "./log-run-transition";
import { settleStep } from "./settle-step";

type Outcome = { status: "completed"; output: unknown } | { status: "failed" | "cancelled"; error: WorkflowError };

/**
 * Ends a run: records output or error, drops its waits and lease, hands the result to a parent
 * waiting in `step.invoke`, and emits `inngest/function.failed` so `onFailure` handlers run.
 */
export async function finishRun(
  tx: Tx,
  run: { id: string; functionId: string; status: WorkflowRunStatus; eventName: string; event: unknown },
  outcome: Outcome,
  now: Date,
): Promise<void> {
  await tx
    .update(workflowRuns)
    .set({
      status: outcome.status,
      output: outcome.status === "completed" ? (outcome.output ?? null) : null,
      error: outcome.status === "completed" ? null : outcome.error,
      endedAt: now,
      nextAttemptAt: null,
      leaseOwner: null,
      leaseExpiresAt: null,
    })
    .where(eq(workflowRuns.id, run.id));
  await tx.delete(workflowWaits).where(eq(workflowWaits.runId, run.id));
  logRunTransition(run, run.status, outcome.status, outcome.status === "completed" ? undefined : outcome.error.message);

  const [parentWait] = await tx.select().from(workflowWaits).where(eq(workflowWaits.childRunId, run.id)).for("update");
  if (parentWait) {
    await tx.delete(workflowWaits).where(eq(workflowWaits.childRunId, run.id));
    const result = outcome.status === "completed" ? { data: outcome.output ?? null } : { error: outcome.error };
    await settleStep(tx, { runId: parentWait.runId, hash: parentWait.stepHash, from: ["waiting"], result, now });
  }

  if (outcome.status === "failed" && run.eventName !== "inngest/function.failed") {
    await ingestEvents(
      tx,
      [{ name: "inngest/function.failed", data: { function_id: run.functionId, run_id: run.id, error: outcome.error, event: run.event } }],
      now,
    );
  }
}

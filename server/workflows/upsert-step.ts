import { sql } from "drizzle-orm";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import type { Tx } from "@/server/db/client";
import { workflowSteps } from "@/server/db/schema";
import type { SdkOp } from "./call-function-endpoint";

type StepValues = typeof workflowSteps.$inferInsert;

/** The primitive a step op belongs to, as the console shows it. */
function stepKindOf(op: SdkOp): string {
  if (op.op === "Sleep") return "sleep";
  if (op.op === "WaitForEvent") return "waitForEvent";
  if (op.op === "InvokeFunction") return "invoke";
  if (op.opts?.type === "step.sendEvent") return "sendEvent";
  if (["StepPlanned", "StepRun", "Step", "StepError", "StepFailed"].includes(op.op)) return "run";
  return op.op;
}

/** Writes a step reported by the SDK, creating it on first sight; settled steps get a completion number. */
export async function upsertStep(
  tx: Tx,
  runId: string,
  op: SdkOp,
  values: Omit<StepValues, "runId" | "hash" | "stepId" | "name" | "op" | "startedAt" | "completionSeq"> & { startedAt: Date },
): Promise<void> {
  const settled = values.status === "completed" || values.status === "failed";
  const stepId = op.userland?.id ?? op.displayName ?? op.id;
  const { startedAt, ...update } = values;
  const seq = settled ? { completionSeq: sql`nextval('workflow_step_completion_seq')` } : {};
  const row: PgInsertValue<typeof workflowSteps> = { runId, hash: op.id, stepId, name: op.displayName ?? stepId, op: stepKindOf(op), startedAt, ...update, ...seq };
  // Identity, kind and start stay as first reported: a retried step is re-reported with error ops.
  await tx
    .insert(workflowSteps)
    .values(row)
    .onConflictDoUpdate({ target: [workflowSteps.runId, workflowSteps.hash], set: { ...update, ...seq } });
}

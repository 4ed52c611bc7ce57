import { eq } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { workflowEvents, workflowFunctions, workflowRuns, workflowWaits, type WorkflowEventPayload } from "@/server/db/schema";
import { newId } from "@/server/ids";
import type { SdkOp } from "./call-function-endpoint";
import { createRun } from "./create-run";
import { resolveWakeTime } from "./resolve-wake-time";
import { upsertStep } from "./upsert-step";

/**
 * Parks a step that waits on the outside world: `step.sleep`/`sleepUntil`, `step.waitForEvent`
 * (a wait row matched by later events), or `step.invoke` (a child run whose end settles the step).
 * Returns false for ops this runtime does not support, which the caller fails.
 */
export async function startStepWait(tx: Tx, run: { id: string; functionId: string }, op: SdkOp, now: Date): Promise<boolean> {
  const base = { startedAt: now, opts: op.opts ?? null, attempt: 0 };
  const timeoutOf = (value: unknown) => (typeof value === "string" ? resolveWakeTime(value, now) : null);

  if (op.op === "Sleep") {
    const wakeAt = op.name ? resolveWakeTime(op.name, now) : null;
    if (!wakeAt) return false;
    await upsertStep(tx, run.id, op, { ...base, status: "sleeping", wakeAt });
    return true;
  }
  if (op.op === "WaitForEvent" && op.name) {
    const timeoutAt = timeoutOf(op.opts?.timeout);
    await upsertStep(tx, run.id, op, { ...base, status: "waiting", wakeAt: timeoutAt });
    const expression = typeof op.opts?.if === "string" ? op.opts.if : null;
    await tx.insert(workflowWaits).values({ runId: run.id, stepHash: op.id, kind: "event", eventName: op.name, expression, timeoutAt });
    return true;
  }
  if (op.op === "InvokeFunction" && typeof op.opts?.function_id === "string") {
    const [target] = await tx.select({ id: workflowFunctions.id }).from(workflowFunctions).where(eq(workflowFunctions.id, op.opts.function_id));
    if (!target) {
      const error = { name: "Error", message: `Function "${op.opts.function_id}" is not registered` };
      await upsertStep(tx, run.id, op, { ...base, status: "failed", error, endedAt: now });
      await tx.update(workflowRuns).set({ needsDiscovery: true }).where(eq(workflowRuns.id, run.id));
      return true;
    }
    const payload = (op.opts.payload ?? {}) as { data?: Record<string, unknown>; v?: string };
    const event: WorkflowEventPayload = {
      id: `evt_${newId(22)}`,
      name: "inngest/function.invoked",
      data: { ...(payload.data ?? {}), _inngest: { source_run_id: run.id, source_fn_id: run.functionId, source_step_id: op.id } },
      ts: now.getTime(),
      ...(payload.v ? { v: payload.v } : {}),
    };
    await tx.insert(workflowEvents).values({ id: event.id, name: event.name, payload: event, receivedAt: now });
    const childRunId = await createRun(tx, { functionId: target.id, event, now, parentRunId: run.id });
    const timeoutAt = timeoutOf(op.opts.timeout);
    await upsertStep(tx, run.id, op, { ...base, status: "waiting", wakeAt: timeoutAt });
    await tx.insert(workflowWaits).values({ runId: run.id, stepHash: op.id, kind: "invoke", childRunId, timeoutAt });
    return true;
  }
  return false;
}

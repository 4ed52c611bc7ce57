import type { Tx } from "@/server/db/client";
import { workflowRuns, type WorkflowEventPayload } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { logRunTransition } from "./log-run-transition";

/** Queues a run of `functionId` for `event`, due at once. */
export async function createRun(
  tx: Tx,
  input: { functionId: string; event: WorkflowEventPayload; now: Date; parentRunId?: string },
): Promise<string> {
  const id = `run_${newId(22)}`;
  await tx.insert(workflowRuns).values({
    id,
    functionId: input.functionId,
    eventId: input.event.id,
    eventName: input.event.name,
    event: input.event,
    status: "queued",
    needsDiscovery: true,
    parentRunId: input.parentRunId ?? null,
    nextAttemptAt: input.now,
    createdAt: input.now,
  });
  logRunTransition({ id, functionId: input.functionId }, null, "queued", `event ${input.event.name}`);
  return id;
}

import { and, eq } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { workflowEvents, workflowFunctions, workflowRuns, workflowWaits, type WorkflowEventPayload } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { createRun } from "./create-run";
import { evaluateExpression } from "./evaluate-expression";
import { matchesTrigger } from "./matches-trigger";
import { settleStep } from "./settle-step";

export type IncomingEvent = Omit<WorkflowEventPayload, "id" | "ts"> & { ts?: number };

/**
 * Stores events and, in the same transaction, queues a run of every function they trigger and
 * resumes every `waitForEvent` they satisfy. Returns the ids the event API answers with.
 */
export async function ingestEvents(tx: Tx, events: IncomingEvent[], now: Date): Promise<{ ids: string[]; runIds: string[] }> {
  const ids: string[] = [];
  const runIds: string[] = [];
  const functions = await tx.select().from(workflowFunctions);
  for (const incoming of events) {
    const event: WorkflowEventPayload = { ...incoming, id: `evt_${newId(22)}`, ts: incoming.ts ?? now.getTime() };
    await tx.insert(workflowEvents).values({ id: event.id, name: event.name, payload: event, receivedAt: now });
    ids.push(event.id);

    for (const fn of functions) {
      if (fn.triggers.some((t) => matchesTrigger(t, event))) runIds.push(await createRun(tx, { functionId: fn.id, event, now }));
    }

    const waits = await tx
      .select({ runId: workflowWaits.runId, stepHash: workflowWaits.stepHash, expression: workflowWaits.expression, runEvent: workflowRuns.event })
      .from(workflowWaits)
      .innerJoin(workflowRuns, eq(workflowRuns.id, workflowWaits.runId))
      .where(and(eq(workflowWaits.kind, "event"), eq(workflowWaits.eventName, event.name)))
      .orderBy(workflowWaits.createdAt)
      .for("update", { of: workflowWaits });
    for (const wait of waits) {
      let matched = true;
      if (wait.expression) {
        try {
          matched = evaluateExpression(wait.expression, { event: wait.runEvent, async: event });
        } catch (error) {
          console.error(`[workflows] bad waitForEvent expression "${wait.expression}"`, error);
          matched = false;
        }
      }
      if (!matched) continue;
      await tx.delete(workflowWaits).where(and(eq(workflowWaits.runId, wait.runId), eq(workflowWaits.stepHash, wait.stepHash)));
      await settleStep(tx, { runId: wait.runId, hash: wait.stepHash, from: ["waiting"], result: { data: event }, now });
    }
  }
  return { ids, runIds };
}

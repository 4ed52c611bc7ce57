import { and, eq, lte } from "drizzle-orm";
import { workflowCrons, workflowEvents, workflowFunctions, type WorkflowEventPayload } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { createRun } from "./create-run";
import { getNextCronFire } from "./get-next-cron-fire";
import type { RuntimeContext } from "./runtime-context";

/**
 * Starts a run for every cron schedule that is due, with Inngest's `inngest/scheduled.timer`
 * event, and moves the schedule to its next fire time. A schedule missed while no runtime was up
 * fires once, not once per missed tick. Returns the number of runs started.
 */
export async function fireDueCrons(ctx: RuntimeContext): Promise<number> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(workflowCrons)
      .where(lte(workflowCrons.nextFireAt, now))
      .for("update", { skipLocked: true });
    for (const cron of due) {
      const [fn] = await tx.select({ id: workflowFunctions.id }).from(workflowFunctions).where(eq(workflowFunctions.id, cron.functionId));
      if (fn) {
        const event: WorkflowEventPayload = { id: `evt_${newId(22)}`, name: "inngest/scheduled.timer", data: { cron: cron.cron }, ts: now.getTime() };
        await tx.insert(workflowEvents).values({ id: event.id, name: event.name, payload: event, receivedAt: now });
        await createRun(tx, { functionId: fn.id, event, now });
      }
      await tx
        .update(workflowCrons)
        .set({ nextFireAt: getNextCronFire(cron.cron, now), lastFiredAt: now })
        .where(and(eq(workflowCrons.functionId, cron.functionId), eq(workflowCrons.cron, cron.cron)));
    }
    return due.length;
  });
}

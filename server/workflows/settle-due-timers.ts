import { and, eq } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { workflowSteps, workflowWaits } from "@/server/db/schema";
import { settleStep } from "./settle-step";

type StepRow = typeof workflowSteps.$inferSelect;

/**
 * Settles the run's sleeps that ended (null) and waits that timed out: `waitForEvent` resolves to
 * null, `invoke` fails with a timeout error. Returns how many steps it settled.
 */
export async function settleDueTimers(tx: Tx, runId: string, steps: StepRow[], now: Date): Promise<number> {
  let settled = 0;
  for (const step of steps) {
    if (!step.wakeAt || step.wakeAt > now) continue;
    if (step.status === "sleeping") {
      if (await settleStep(tx, { runId, hash: step.hash, from: ["sleeping"], result: { data: null }, now })) settled++;
    } else if (step.status === "waiting") {
      const [wait] = await tx
        .delete(workflowWaits)
        .where(and(eq(workflowWaits.runId, runId), eq(workflowWaits.stepHash, step.hash)))
        .returning({ kind: workflowWaits.kind });
      const result =
        wait?.kind === "invoke"
          ? { error: { name: "InngestInvokeTimeoutError", message: "Timed out waiting for invoked function to complete" } }
          : { data: null };
      if (await settleStep(tx, { runId, hash: step.hash, from: ["waiting"], result, now })) settled++;
    }
  }
  return settled;
}

import { eq } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { workflowRuns, workflowSteps, type WorkflowRunStatus } from "@/server/db/schema";
import { logRunTransition } from "./log-run-transition";
import type { RunRow } from "./with-run-lease";

/**
 * Derives a live run's status and next due time from its steps, and gives up the lease. Due
 * when: a discovery request is pending, a planned step's (retry) time comes, a sleep ends or a wait
 * times out. A run with only untimed waits has no due time until an event or child run settles it.
 */
export async function rescheduleRun(tx: Tx, run: RunRow, now: Date, options: { discoveryAt?: Date } = {}): Promise<void> {
  const [current] = await tx.select().from(workflowRuns).where(eq(workflowRuns.id, run.id));
  if (!current || ["completed", "failed", "cancelled"].includes(current.status)) return;
  const steps = await tx.select().from(workflowSteps).where(eq(workflowSteps.runId, run.id));
  const pending = steps.filter((s) => s.status === "planned" || s.status === "sleeping" || s.status === "waiting");
  let needsDiscovery = current.needsDiscovery;
  if (!pending.length) needsDiscovery = true; // nothing to wait for: ask the SDK what comes next

  const due: Date[] = [];
  if (needsDiscovery) due.push(options.discoveryAt ?? now);
  for (const step of pending) {
    if (step.status === "planned") due.push(step.wakeAt ?? now);
    else if (step.wakeAt) due.push(step.wakeAt);
  }
  const status: WorkflowRunStatus =
    needsDiscovery || pending.some((s) => s.status === "planned")
      ? "running"
      : pending.some((s) => s.status === "waiting")
        ? "waiting"
        : "sleeping";
  const nextAttemptAt = due.length ? new Date(Math.min(...due.map((d) => d.getTime()))) : null;
  await tx
    .update(workflowRuns)
    .set({ status, needsDiscovery, nextAttemptAt, leaseOwner: null, leaseExpiresAt: null, startedAt: current.startedAt ?? now })
    .where(eq(workflowRuns.id, run.id));
  logRunTransition(current, current.status, status);
}

import { eq } from "drizzle-orm";
import type { Tx } from "@/server/db/client";
import { workflowRuns } from "@/server/db/schema";
import type { RuntimeContext } from "./runtime-context";

export type RunRow = typeof workflowRuns.$inferSelect;

const terminal = new Set(["completed", "failed", "cancelled"]);

/**
 * Runs `fn` in a transaction holding the run's row lock, but only while this process still owns
 * the run's lease: results of a process whose lease expired (and was reclaimed) are dropped.
 */
export async function withRunLease<T>(ctx: RuntimeContext, runId: string, fn: (tx: Tx, run: RunRow) => Promise<T>): Promise<T | null> {
  return ctx.db.transaction(async (tx) => {
    const [run] = await tx.select().from(workflowRuns).where(eq(workflowRuns.id, runId)).for("update");
    if (!run || run.leaseOwner !== ctx.owner || terminal.has(run.status)) return null;
    return fn(tx, run);
  });
}

import { and, asc, inArray, isNull, lte, or } from "drizzle-orm";
import { workflowRuns } from "@/server/db/schema";
import type { RuntimeContext } from "./runtime-context";

/**
 * Takes up to `limit` due runs for this process: rows locked with FOR UPDATE SKIP LOCKED so
 * concurrent runtimes never claim the same run, then leased until now + leaseMs. A run whose lease
 * expired (its process died) is due again and gets reclaimed here.
 */
export async function claimDueRuns(ctx: RuntimeContext, limit: number): Promise<string[]> {
  if (limit <= 0) return [];
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const due = await tx
      .select({ id: workflowRuns.id })
      .from(workflowRuns)
      .where(
        and(
          inArray(workflowRuns.status, ["queued", "running", "sleeping", "waiting"]),
          lte(workflowRuns.nextAttemptAt, now),
          or(isNull(workflowRuns.leaseExpiresAt), lte(workflowRuns.leaseExpiresAt, now)),
        ),
      )
      .orderBy(asc(workflowRuns.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    const ids = due.map((r) => r.id);
    await tx
      .update(workflowRuns)
      .set({ leaseOwner: ctx.owner, leaseExpiresAt: new Date(now.getTime() + ctx.leaseMs) })
      .where(inArray(workflowRuns.id, ids));
    return ids;
  });
}

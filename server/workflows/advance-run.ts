import { and, eq } from "drizzle-orm";
import { workflowFunctions, workflowRuns, workflowSteps, type WorkflowError } from "@/server/db/schema";
import { applyDiscoveryResponse } from "./apply-discovery-response";
import { applyStepResponse } from "./apply-step-response";
import { callFunctionEndpoint, type FunctionRequest } from "./call-function-endpoint";
import { finishRun } from "./finish-run";
import { logRunTransition } from "./log-run-transition";
import { rescheduleRun } from "./reschedule-run";
import type { RuntimeContext } from "./runtime-context";
import { settleDueTimers } from "./settle-due-timers";
import { withRunLease } from "./with-run-lease";

type StepRow = typeof workflowSteps.$inferSelect;

async function loadState(ctx: RuntimeContext, runId: string) {
  return withRunLease(ctx, runId, async (tx, leased) => {
    const now = ctx.now();
    const [fn] = await tx.select().from(workflowFunctions).where(eq(workflowFunctions.id, leased.functionId));
    if (!fn) {
      const error = { name: "Error", message: `Function "${leased.functionId}" is not registered` };
      await finishRun(tx, leased, { status: "failed", error }, now);
      return null;
    }
    let run: typeof leased | undefined = leased;
    if (leased.status === "queued") {
      [run] = await tx.update(workflowRuns).set({ status: "running", startedAt: now }).where(eq(workflowRuns.id, runId)).returning();
      logRunTransition(leased, "queued", "running");
    }
    let steps = await tx.select().from(workflowSteps).where(eq(workflowSteps.runId, runId));
    if (await settleDueTimers(tx, runId, steps, now)) {
      steps = await tx.select().from(workflowSteps).where(eq(workflowSteps.runId, runId));
      [run] = await tx.select().from(workflowRuns).where(eq(workflowRuns.id, runId));
    }
    if (!run) return null;
    return { run, fn, steps };
  });
}

function memoizedState(steps: StepRow[]): Pick<FunctionRequest, "steps" | "stack"> & { seq: number } {
  const settled = steps.filter((s) => s.completionSeq !== null).sort((a, b) => a.completionSeq! - b.completionSeq!);
  const memo: FunctionRequest["steps"] = {};
  for (const s of settled) {
    memo[s.hash] = s.status === "failed" ? { type: "error", error: s.error as WorkflowError } : { type: "data", data: s.output ?? null };
  }
  return { steps: memo, stack: settled.map((s) => s.hash), seq: settled.at(-1)?.completionSeq ?? 0 };
}

/**
 * One turn of a claimed run: settle due sleeps and timeouts, then either run its due planned steps
 * (in parallel, one request each) or ask the SDK what comes next, persist the answers and
 * reschedule. The lease is renewed while requests are in flight.
 */
export async function advanceRun(ctx: RuntimeContext, runId: string): Promise<void> {
  const renew = setInterval(() => {
    const until = new Date(ctx.now().getTime() + ctx.leaseMs);
    ctx.db
      .update(workflowRuns)
      .set({ leaseExpiresAt: until })
      .where(and(eq(workflowRuns.id, runId), eq(workflowRuns.leaseOwner, ctx.owner)))
      .catch((error: unknown) => console.error(`[workflows] lease renewal for ${runId} failed`, error));
  }, Math.max(100, Math.floor(ctx.leaseMs / 3)));
  try {
    const state = await loadState(ctx, runId);
    if (!state) return;
    const { run, fn, steps } = state;
    const maxAttempts = fn.retries + 1;
    const memo = memoizedState(steps);
    const known = new Set(steps.map((s) => s.hash));
    const now = ctx.now();
    const request = { url: fn.url, runId, event: run.event, ...memo, maxAttempts, version: run.requestVersion ?? undefined, signingKey: ctx.signingKey, signal: ctx.signal };
    const due = steps.filter((s) => s.status === "planned" && (!s.wakeAt || s.wakeAt <= now));
    let discoveryAt: Date | undefined;
    if (due.length) {
      await Promise.all(
        due.map(async (step) => {
          const response = await ctx.limit(() => callFunctionEndpoint({ ...request, stepId: step.hash, attempt: step.attempt, disableImmediateExecution: true }));
          await withRunLease(ctx, runId, (tx, current) => applyStepResponse(tx, ctx, { run: current, step, response, maxAttempts, known }));
        }),
      );
    } else if (run.needsDiscovery || !steps.some((s) => ["planned", "sleeping", "waiting"].includes(s.status))) {
      // With steps still pending, the SDK must only report them, never run one inline a second time.
      const pending = steps.some((s) => s.status === "planned" || s.status === "sleeping" || s.status === "waiting");
      const response = await ctx.limit(() => callFunctionEndpoint({ ...request, stepId: "step", attempt: run.attempt, disableImmediateExecution: pending }));
      discoveryAt = (await withRunLease(ctx, runId, (tx, current) => applyDiscoveryResponse(tx, ctx, { run: current, response, maxAttempts, known, seqBefore: memo.seq }))) ?? undefined;
    }
    await withRunLease(ctx, runId, (tx, current) => rescheduleRun(tx, current, ctx.now(), { discoveryAt }));
  } finally {
    clearInterval(renew);
  }
}

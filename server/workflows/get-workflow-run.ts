import { asc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { workflowRuns, workflowSteps, type WorkflowEventPayload, type WorkflowStepStatus } from "@/server/db/schema";
import { toRunSummary, type WorkflowRunSummary } from "./list-workflow-runs";

const previewChars = 500;

export interface WorkflowStepDetail {
  id: string;
  name: string;
  /** run, sleep, waitForEvent, invoke or sendEvent. */
  kind: string;
  status: WorkflowStepStatus;
  attempts: number;
  startedAt: Date;
  endedAt: Date | null;
  durationMs: number | null;
  errorMessage: string | null;
  outputPreview: string | null;
}

export interface WorkflowRunDetail extends WorkflowRunSummary {
  event: WorkflowEventPayload;
  outputPreview: string | null;
  errorStack: string | null;
  steps: WorkflowStepDetail[];
}

function preview(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = JSON.stringify(value);
  return text.length > previewChars ? `${text.slice(0, previewChars)}…` : text;
}

/** One run with its steps in the order they started; null when there is no such run. */
export async function getWorkflowRun(input: { runId: string }): Promise<WorkflowRunDetail | null> {
  const db = await getDb();
  const [run] = await db.select().from(workflowRuns).where(eq(workflowRuns.id, input.runId));
  if (!run) return null;
  const steps = await db
    .select()
    .from(workflowSteps)
    .where(eq(workflowSteps.runId, run.id))
    .orderBy(asc(workflowSteps.startedAt), asc(workflowSteps.completionSeq));
  return {
    ...toRunSummary(run),
    event: run.event,
    outputPreview: preview(run.output),
    errorStack: run.error?.stack ?? null,
    steps: steps.map((s) => ({
      id: s.stepId,
      name: s.name,
      kind: s.op,
      status: s.status,
      attempts: s.attempt + 1,
      startedAt: s.startedAt,
      endedAt: s.endedAt,
      durationMs: s.endedAt ? s.endedAt.getTime() - s.startedAt.getTime() : null,
      errorMessage: s.error?.message ?? null,
      outputPreview: preview(s.output),
    })),
  };
}

import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { workflowRuns, type WorkflowRunStatus } from "@/server/db/schema";

export interface WorkflowRunSummary {
  id: string;
  functionId: string;
  status: WorkflowRunStatus;
  eventName: string;
  /** Function-level attempt of the current request (0 = first). */
  attempt: number;
  parentRunId: string | null;
  createdAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  durationMs: number | null;
  errorMessage: string | null;
}

export interface WorkflowRunPage {
  runs: WorkflowRunSummary[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export function toRunSummary(row: typeof workflowRuns.$inferSelect): WorkflowRunSummary {
  const end = row.endedAt?.getTime();
  return {
    id: row.id,
    functionId: row.functionId,
    status: row.status,
    eventName: row.eventName,
    attempt: row.attempt,
    parentRunId: row.parentRunId,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    durationMs: row.startedAt && end !== undefined ? end - row.startedAt.getTime() : null,
    errorMessage: row.error?.message ?? null,
  };
}

/** Newest runs first, keyset-paginated, optionally filtered by status and function id. */
export async function listWorkflowRuns(input: {
  limit: number;
  cursor?: string;
  status?: WorkflowRunStatus;
  functionId?: string;
}): Promise<WorkflowRunPage> {
  const db = await getDb();
  const limit = Math.min(Math.max(1, input.limit), 200);
  const filters: SQL[] = [];
  if (input.status) filters.push(eq(workflowRuns.status, input.status));
  if (input.functionId) filters.push(eq(workflowRuns.functionId, input.functionId));
  if (input.cursor) {
    const [createdAtMs, id] = [Number(input.cursor.split(":")[0]), input.cursor.split(":").slice(1).join(":")];
    const at = new Date(createdAtMs);
    if (!Number.isNaN(at.getTime()) && id) {
      filters.push(or(lt(workflowRuns.createdAt, at), and(eq(workflowRuns.createdAt, at), lt(workflowRuns.id, id)))!);
    }
  }
  const rows = await db
    .select()
    .from(workflowRuns)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(workflowRuns.createdAt), desc(workflowRuns.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    runs: page.map(toRunSummary),
    nextCursor: rows.length > limit && last ? `${last.createdAt.getTime()}:${last.id}` : null,
  };
}

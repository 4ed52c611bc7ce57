import { and, eq, gt } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { serviceInstances } from "@/server/db/schema";
import { env } from "@/server/env";
import { HEARTBEAT_STALE_MS } from "@/server/system/start-heartbeat";

export type WorkflowRuntimeCheck = "ok" | (string & {});

/**
 * "ok", or why workflows cannot run. Embedded: a `workflows` process heartbeat fresher than
 * HEARTBEAT_STALE_MS. With INNGEST_BASE_URL: the Inngest server answers GET /health within 2 s.
 */
export async function checkWorkflowRuntime(): Promise<WorkflowRuntimeCheck> {
  if (env.INNGEST_BASE_URL) {
    const url = new URL("/health", env.INNGEST_BASE_URL);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      return res.ok ? "ok" : `Inngest server at ${url.origin} answered HTTP ${res.status}`;
    } catch (error) {
      return `Inngest server at ${url.origin} is unreachable: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const db = await getDb();
  const since = new Date(Date.now() - HEARTBEAT_STALE_MS);
  const [alive] = await db
    .select({ id: serviceInstances.id })
    .from(serviceInstances)
    .where(and(eq(serviceInstances.kind, "workflows"), gt(serviceInstances.lastSeenAt, since)))
    .limit(1);
  return alive ? "ok" : `No workflow runtime heartbeat in the last ${HEARTBEAT_STALE_MS / 1000} s (is \`npm run workflows\` running?)`;
}

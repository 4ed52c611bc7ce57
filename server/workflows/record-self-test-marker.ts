import { getDb } from "@/server/db/client";
import { workflowSelfTestMarkers } from "@/server/db/schema";

/** Notes that the self-test workflow reached its last step for `marker` (idempotent under retries). */
export async function recordSelfTestMarker(input: { marker: string; runId: string; stepCount: number }): Promise<void> {
  const db = await getDb();
  await db.insert(workflowSelfTestMarkers).values(input).onConflictDoNothing();
}

import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { workflowSelfTestMarkers } from "@/server/db/schema";

export type SelfTestMarker = typeof workflowSelfTestMarkers.$inferSelect;

/** The self-test result for `marker`, or null while the workflow has not finished. */
export async function findSelfTestMarker(input: { marker: string }): Promise<SelfTestMarker | null> {
  const db = await getDb();
  const [row] = await db.select().from(workflowSelfTestMarkers).where(eq(workflowSelfTestMarkers.marker, input.marker));
  return row ?? null;
}

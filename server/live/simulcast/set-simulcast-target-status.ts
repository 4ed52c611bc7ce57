import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { simulcastTargets } from "@/server/db/schema";

/**
 * Records a simulcast target's state. `error` keeps the last failure next to the target: set on
 * errored, cleared once it broadcasts again, left as it was otherwise. A deleted target is a no-op.
 */
export async function setSimulcastTargetStatus(input: { targetId: string; status: "idle" | "starting" | "broadcasting" | "errored"; error?: string }): Promise<void> {
  const db = await getDb();
  const error = input.status === "broadcasting" ? { error: null } : input.status === "errored" ? { error: input.error ?? "the push failed" } : {};
  await db.update(simulcastTargets).set({ status: input.status, ...error }).where(eq(simulcastTargets.id, input.targetId));
}

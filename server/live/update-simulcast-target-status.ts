import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { simulcastTargets } from "@/server/db/schema";

type Status = (typeof simulcastTargets.$inferSelect)["status"];

/** What the ingest node's simulcast push is doing now; an error message is kept until it broadcasts again. */
export async function updateSimulcastTargetStatus(input: { simulcastTargetId: string; status: Status; error?: string | null }): Promise<void> {
  const db = await getDb();
  const error = input.status === "broadcasting" ? null : input.status === "errored" ? (input.error ?? "the target refused the stream") : undefined;
  await db
    .update(simulcastTargets)
    .set({ status: input.status, ...(error === undefined ? {} : { error }) })
    .where(eq(simulcastTargets.id, input.simulcastTargetId));
}

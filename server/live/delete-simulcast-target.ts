import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { simulcastTargets } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { getSimulcastTarget } from "./get-simulcast-target";
import { lockLiveStreamOrThrow } from "./lock-live-stream";

/** Removes a simulcast target; as at Mux, only while the stream is not active. */
export async function deleteSimulcastTarget(input: { workspaceId: string; liveStreamId: string; simulcastTargetId: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const stream = await lockLiveStreamOrThrow(tx, input);
    if (stream.status === "active") throw new AppError({ code: "conflict", message: "Simulcast targets can be removed only while the live stream is not active" });
    const target = await getSimulcastTarget(input, tx);
    await tx.delete(simulcastTargets).where(eq(simulcastTargets.id, target.id));
  });
}

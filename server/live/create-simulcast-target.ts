import { getDb } from "@/server/db/client";
import { simulcastTargets } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { newId } from "@/server/ids";
import { lockLiveStreamOrThrow } from "./lock-live-stream";
import { createSimulcastTargetSchema, type CreateSimulcastTargetInput } from "./schemas";

/** Adds a simulcast target (an RTMP(S)/SRT URL and optional key); as at Mux, only while the stream is not active. */
export async function createSimulcastTarget(input: { workspaceId: string; liveStreamId: string; body: CreateSimulcastTargetInput }) {
  const t = createSimulcastTargetSchema.parse(input.body ?? {});
  const db = await getDb();
  return db.transaction(async (tx) => {
    const stream = await lockLiveStreamOrThrow(tx, input);
    if (stream.status === "active") throw new AppError({ code: "conflict", message: "Simulcast targets can be added only while the live stream is not active" });
    const [row] = await tx
      .insert(simulcastTargets)
      .values({ id: newId(), workspaceId: stream.workspaceId, liveStreamId: stream.id, url: t.url, streamKey: t.stream_key, passthrough: t.passthrough })
      .returning();
    return row!;
  });
}

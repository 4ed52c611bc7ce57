import { eq } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { liveStreams } from "@/server/db/schema";
import { emitLiveStreamEvent } from "./emit-live-stream-event";
import { lockLiveStreamOrThrow } from "./lock-live-stream";

/** A disabled stream accepts its key again (idle) and emits video/live-stream.enabled; no-op otherwise. */
export async function enableLiveStream(input: { liveStreamId: string; workspaceId: string }) {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const stream = await lockLiveStreamOrThrow(tx, input);
    if (stream.status !== "disabled") return { row: stream, changed: false };
    const [row] = await tx.update(liveStreams).set({ status: stream.activeSessionId ? "active" : "idle" }).where(eq(liveStreams.id, stream.id)).returning();
    return { row: row!, changed: true };
  });
  if (result.changed) await emitLiveStreamEvent({ type: events.liveStreamEnabled }, result.row, { suffix: `:${result.row.updatedAt.getTime()}` });
  return result.row;
}

import { eq } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { liveStreams } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { emitLiveStreamEvent } from "./emit-live-stream-event";
import { lockLiveStreamOrThrow } from "./lock-live-stream";
import { updateLiveStreamSchema, type UpdateLiveStreamInput } from "./schemas";

/**
 * Changes a live stream's settings and emits video/live-stream.updated. latency_mode and
 * max_continuous_duration shape the running transcode and packaging, so they change only while
 * no broadcast is in progress; new_asset_settings (merged) apply to the next recording.
 */
export async function updateLiveStream(input: { liveStreamId: string; workspaceId: string; changes: UpdateLiveStreamInput }) {
  const c = updateLiveStreamSchema.parse(input.changes);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const current = await lockLiveStreamOrThrow(tx, input);
    const shaping = (c.latency_mode !== undefined && c.latency_mode !== current.latencyMode) ||
      (c.max_continuous_duration !== undefined && c.max_continuous_duration !== current.maxContinuousDuration);
    if (shaping && current.status === "active") {
      throw new AppError({ code: "conflict", message: "latency_mode and max_continuous_duration can be changed only while the live stream is not active" });
    }
    const set = {
      ...(c.latency_mode === undefined ? {} : { latencyMode: c.latency_mode }),
      ...(c.reconnect_window === undefined ? {} : { reconnectWindow: c.reconnect_window }),
      ...(c.max_continuous_duration === undefined ? {} : { maxContinuousDuration: c.max_continuous_duration }),
      // Mux clears passthrough with an empty string.
      ...(c.passthrough === undefined ? {} : { passthrough: c.passthrough === "" ? null : c.passthrough }),
      ...(c.new_asset_settings === undefined ? {} : { newAssetSettings: { ...(current.newAssetSettings ?? {}), ...c.new_asset_settings } }),
    };
    if (!Object.keys(set).length) return { row: current, changed: false };
    const [row] = await tx.update(liveStreams).set(set).where(eq(liveStreams.id, current.id)).returning();
    return { row: row!, changed: true };
  });
  if (result.changed) await emitLiveStreamEvent({ type: events.liveStreamUpdated }, result.row, { suffix: `:${result.row.updatedAt.getTime()}` });
  return result.row;
}

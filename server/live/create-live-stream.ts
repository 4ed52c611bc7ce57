import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { liveStreams, playbackIds, simulcastTargets } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { emitLiveStreamEvent } from "./emit-live-stream-event";
import { generateStreamKey } from "./generate-stream-key";
import { createLiveStreamSchema, type CreateLiveStreamInput } from "./schemas";

const policiesOf = (raw: string | string[] | undefined) => [...new Set(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw])] as ("public" | "signed")[];

/**
 * Creates an idle live stream with a fresh stream key, its playback IDs (playback_policies) and
 * any simulcast targets, and emits video/live-stream.created.
 */
export async function createLiveStream(input: { workspaceId: string; settings: CreateLiveStreamInput }) {
  const s = createLiveStreamSchema.parse(input.settings);
  const latencyMode = s.latency_mode ?? (s.low_latency ? "low" : s.reduced_latency ? "reduced" : "standard");
  const policies = policiesOf(s.playback_policies ?? s.playback_policy);
  const db = await getDb();
  const row = await db.transaction(async (tx) => {
    const [stream] = await tx
      .insert(liveStreams)
      .values({
        id: newId(),
        workspaceId: input.workspaceId,
        streamKey: generateStreamKey(),
        latencyMode,
        reconnectWindow: s.reconnect_window ?? 60,
        maxContinuousDuration: s.max_continuous_duration ?? 43_200,
        // As at Mux, every broadcast is recorded unless the caller says null.
        newAssetSettings: s.new_asset_settings === undefined ? {} : s.new_asset_settings,
        passthrough: s.passthrough,
        test: s.test ?? false,
      })
      .returning();
    if (policies.length) {
      await tx.insert(playbackIds).values(policies.map((policy) => ({ id: newId(), workspaceId: input.workspaceId, liveStreamId: stream!.id, policy })));
    }
    if (s.simulcast_targets?.length) {
      await tx.insert(simulcastTargets).values(
        s.simulcast_targets.map((t) => ({ id: newId(), workspaceId: input.workspaceId, liveStreamId: stream!.id, url: t.url, streamKey: t.stream_key, passthrough: t.passthrough })),
      );
    }
    return stream!;
  });
  await emitLiveStreamEvent({ type: events.liveStreamCreated }, row);
  return row;
}

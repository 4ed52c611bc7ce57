import { and, eq } from "drizzle-orm";
import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import { getStorage } from "@/server/storage/get-storage";
import { recordWebhookEvent } from "@/server/webhooks/record-webhook-event";

/**
 * The broadcast's recordings were joined into the asset's source: the asset now has its stored
 * source (the pipeline takes it from there, as it does an upload), Mux's
 * video.asset.live_stream_completed goes out, and the per-connection recordings are removed.
 * Safe to repeat.
 */
export async function attachLiveRecordingSource(input: { assetId: string; workspaceId: string; sourceKey: string; sourceSize: number; recordingKeys: string[] }): Promise<void> {
  const db = await getDb();
  const [asset] = await db
    .update(assets)
    .set({ sourceKey: input.sourceKey, sourceSize: input.sourceSize })
    .where(and(eq(assets.id, input.assetId), eq(assets.workspaceId, input.workspaceId)))
    .returning({ id: assets.id, workspaceId: assets.workspaceId });
  // Deleted while the recordings were being joined: the joined file has no asset to belong to.
  if (!asset) return void (await getStorage().delete(input.sourceKey));
  const type = events.assetLiveStreamCompleted;
  await recordWebhookEvent({ eventName: type.name, objectId: asset.id, workspaceId: asset.workspaceId, lastKnown: asset });
  await inngest.send(type.create({ assetId: asset.id, workspaceId: asset.workspaceId }, { id: `${type.name}:${asset.id}` }));
  const storage = getStorage();
  for (const key of input.recordingKeys) await storage.delete(key);
}

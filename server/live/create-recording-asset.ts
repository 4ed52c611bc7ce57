import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { normalizeAssetSettings } from "@/server/assets/normalize-asset-settings";
import type { Tx } from "@/server/db/client";
import { assets, playbackIds, type liveStreams } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { recordWebhookEvent } from "@/server/webhooks/record-webhook-event";
import { liveNewAssetSettingsSchema } from "./schemas";

/** The input a live recording's asset names: the broadcast itself. URL ingest refuses the scheme. */
export const liveRecordingInput = (liveStreamId: string) => `live://${liveStreamId}`;

/**
 * Inserts a session's recording asset (inside the connect transaction): preparing, linked to the
 * live stream, settings = the stream's new_asset_settings plus the live input, playback IDs from
 * its policies. Processing starts only at live-to-VOD, so no video/asset.created is sent here.
 */
export async function createRecordingAsset(tx: Tx, stream: typeof liveStreams.$inferSelect) {
  const parsed = liveNewAssetSettingsSchema.safeParse(stream.newAssetSettings ?? {});
  const settings = { ...(parsed.success ? parsed.data : {}), input: [{ url: liveRecordingInput(stream.id) }] };
  const { policies, videoQuality } = normalizeAssetSettings(settings);
  const [asset] = await tx
    .insert(assets)
    .values({
      id: newId(),
      workspaceId: stream.workspaceId,
      passthrough: settings.passthrough,
      meta: settings.meta ?? {},
      settings,
      videoQuality,
      liveStreamId: stream.id,
    })
    .returning();
  if (policies.length) {
    await tx.insert(playbackIds).values(policies.map((policy) => ({ id: newId(), workspaceId: stream.workspaceId, assetId: asset!.id, policy })));
  }
  return asset!;
}

/** After the connect commits: the webhook video.asset.created for the recording, and the event that fans it out. */
export async function announceRecordingAsset(asset: { id: string; workspaceId: string }): Promise<void> {
  const type = events.assetLiveRecordingCreated;
  try {
    await recordWebhookEvent({ eventName: type.name, objectId: asset.id, workspaceId: asset.workspaceId, lastKnown: asset });
    await inngest.send(type.create({ assetId: asset.id, workspaceId: asset.workspaceId }, { id: `${type.name}:${asset.id}` }));
  } catch (error) {
    console.error(`[live] could not announce the recording asset ${asset.id}`, error);
  }
}

import { inngest } from "@/inngest/client";
import type { events } from "@/inngest/events";
import { recordWebhookEvent } from "@/server/webhooks/record-webhook-event";

type AssetEvent = (typeof events)[
  | "assetCreated"
  | "assetReady"
  | "assetErrored"
  | "assetUpdated"
  | "assetDeleted"];

/**
 * Sends an asset lifecycle event. The event id makes a repeated send (a retried step) a no-op.
 * A send that fails is logged, not thrown: the asset row is the source of truth, and
 * video-assets-resume re-emits `created` for assets that never started processing.
 */
export async function emitAssetEvent(type: AssetEvent, asset: { id: string; workspaceId: string }, suffix = ""): Promise<void> {
  try {
    // The webhook outbox first: its order is the order of state changes (see record-webhook-event).
    await recordWebhookEvent({ eventName: type.name, objectId: asset.id, workspaceId: asset.workspaceId, suffix, lastKnown: asset });
  } catch (error) {
    console.error(`[assets] could not record the webhook event ${type.name} for ${asset.id}`, error);
  }
  try {
    await inngest.send(type.create({ assetId: asset.id, workspaceId: asset.workspaceId }, { id: `${type.name}:${asset.id}${suffix}` }));
  } catch (error) {
    console.error(`[assets] could not send ${type.name} for ${asset.id}`, error);
  }
}

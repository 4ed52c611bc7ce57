import { inngest } from "@/inngest/client";
import type { events } from "@/inngest/events";
import { recordWebhookEvent } from "@/server/webhooks/record-webhook-event";

type UploadEvent = (typeof events)["uploadCreated" | "uploadAssetCreated" | "uploadCancelled" | "uploadTimedOut"];

/** Sends an upload lifecycle event (for webhooks); the upload row stays the source of truth, so a failed send is logged. */
export async function emitUploadEvent(type: UploadEvent, upload: { id: string; workspaceId: string }): Promise<void> {
  try {
    // The webhook outbox first: its order is the order of state changes (see record-webhook-event).
    await recordWebhookEvent({ eventName: type.name, objectId: upload.id, workspaceId: upload.workspaceId });
  } catch (error) {
    console.error(`[uploads] could not record the webhook event ${type.name} for ${upload.id}`, error);
  }
  try {
    await inngest.send(type.create({ uploadId: upload.id, workspaceId: upload.workspaceId }, { id: `${type.name}:${upload.id}` }));
  } catch (error) {
    console.error(`[uploads] could not send ${type.name} for ${upload.id}`, error);
  }
}

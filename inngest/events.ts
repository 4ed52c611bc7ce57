/**
 * Every workflow event, named `domain/noun.verb-in-past-tense`, with the zod schema of its data.
 * Functions trigger on these, and `inngest.send(events.x.create(data))` sends them.
 */
import { eventType } from "inngest";
import { z } from "zod";
import { terminalMediaJobStatuses } from "@/server/db/schema/media";

const liveStreamData = z.object({ liveStreamId: z.string().min(1), workspaceId: z.string().min(1) });

export const events = {
  workflowSelfTest: eventType("system/self-test.requested", {
    schema: z.object({ marker: z.string(), stepCount: z.number().int().min(1).max(20) }),
  }),
  /** A media job reached a terminal state; the media_jobs row holds the result. */
  mediaJobFinished: eventType("media/job.finished", {
    schema: z.object({ jobId: z.string().min(1), status: z.enum(terminalMediaJobStatuses) }),
  }),
  /** An asset row exists and waits for its input to be ingested and processed. */
  assetCreated: eventType("video/asset.created", { schema: z.object({ assetId: z.string().min(1), workspaceId: z.string().min(1) }) }),
  assetReady: eventType("video/asset.ready", { schema: z.object({ assetId: z.string().min(1), workspaceId: z.string().min(1) }) }),
  assetErrored: eventType("video/asset.errored", { schema: z.object({ assetId: z.string().min(1), workspaceId: z.string().min(1) }) }),
  assetUpdated: eventType("video/asset.updated", { schema: z.object({ assetId: z.string().min(1), workspaceId: z.string().min(1) }) }),
  assetDeleted: eventType("video/asset.deleted", { schema: z.object({ assetId: z.string().min(1), workspaceId: z.string().min(1) }) }),
  /** Static MP4/M4A renditions were queued on a ready asset (by the pipeline or the API). */
  assetStaticRenditionsRequested: eventType("video/asset.static-renditions.requested", {
    schema: z.object({ assetId: z.string().min(1), workspaceId: z.string().min(1) }),
  }),
  /** Mux's video.asset.static_renditions.ready: the asset's queued static renditions are made. */
  assetStaticRenditionsReady: eventType("video/asset.static-renditions.ready", {
    schema: z.object({ assetId: z.string().min(1), workspaceId: z.string().min(1), names: z.array(z.string()) }),
  }),
  /** Direct upload lifecycle (Mux's video.upload.* webhooks). */
  uploadCreated: eventType("video/upload.created", { schema: z.object({ uploadId: z.string().min(1), workspaceId: z.string().min(1) }) }),
  uploadAssetCreated: eventType("video/upload.asset-created", { schema: z.object({ uploadId: z.string().min(1), workspaceId: z.string().min(1) }) }),
  uploadCancelled: eventType("video/upload.cancelled", { schema: z.object({ uploadId: z.string().min(1), workspaceId: z.string().min(1) }) }),
  uploadTimedOut: eventType("video/upload.timed-out", { schema: z.object({ uploadId: z.string().min(1), workspaceId: z.string().min(1) }) }),
  /** Live stream lifecycle (Mux's video.live_stream.* webhooks); server/live emits them. */
  liveStreamCreated: eventType("video/live-stream.created", { schema: liveStreamData }),
  liveStreamConnected: eventType("video/live-stream.connected", { schema: liveStreamData }),
  liveStreamRecording: eventType("video/live-stream.recording", { schema: liveStreamData }),
  liveStreamActive: eventType("video/live-stream.active", { schema: liveStreamData }),
  /** A publisher went away; the session waits out reconnect_window (video-live-stream-finish). */
  liveStreamDisconnected: eventType("video/live-stream.disconnected", {
    schema: liveStreamData.extend({ sessionId: z.string().min(1), disconnectedAt: z.string().min(1) }),
  }),
  liveStreamIdle: eventType("video/live-stream.idle", { schema: liveStreamData }),
  liveStreamUpdated: eventType("video/live-stream.updated", { schema: liveStreamData }),
  liveStreamEnabled: eventType("video/live-stream.enabled", { schema: liveStreamData }),
  liveStreamDisabled: eventType("video/live-stream.disabled", { schema: liveStreamData }),
  liveStreamDeleted: eventType("video/live-stream.deleted", { schema: liveStreamData }),
  /** Internal (no webhook): a session was finished at once (complete, disable); its recording becomes a VOD asset. */
  liveStreamCompleted: eventType("video/live-stream.completed", { schema: liveStreamData.extend({ sessionId: z.string().min(1) }) }),
  /** A live recording asset exists (webhook video.asset.created only: processing starts at live-to-VOD). */
  assetLiveRecordingCreated: eventType("video/asset.live-recording-created", {
    schema: z.object({ assetId: z.string().min(1), workspaceId: z.string().min(1) }),
  }),
  /** Mux's video.asset.live_stream_completed: a live recording asset's broadcast is over. */
  assetLiveStreamCompleted: eventType("video/asset.live-stream-completed", {
    schema: z.object({ assetId: z.string().min(1), workspaceId: z.string().min(1) }),
  }),
  /** A webhook delivery row is pending and should be attempted (server/webhooks). */
  webhookDeliveryRequested: eventType("webhooks/delivery.requested", { schema: z.object({ deliveryId: z.string().min(1) }) }),
  /** A webhook delivery stopped being pending; deliveries of later events of the same object wait for it. */
  webhookDeliverySettled: eventType("webhooks/delivery.settled", {
    schema: z.object({ deliveryId: z.string().min(1), status: z.enum(["delivered", "failed", "cancelled", "gone"]) }),
  }),
} as const;

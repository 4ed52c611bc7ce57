import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { recordWebhookEvent } from "@/server/webhooks/record-webhook-event";

type LiveStreamEventKey =
  | "liveStreamCreated"
  | "liveStreamConnected"
  | "liveStreamRecording"
  | "liveStreamActive"
  | "liveStreamIdle"
  | "liveStreamUpdated"
  | "liveStreamEnabled"
  | "liveStreamDisabled"
  | "liveStreamDeleted";

type Emit =
  | { type: (typeof events)[LiveStreamEventKey]; data?: undefined }
  | { type: typeof events.liveStreamDisconnected; data: { sessionId: string; disconnectedAt: string } };

/**
 * Sends a live stream lifecycle event: the webhook outbox row first (its order is the order of
 * state changes), then the Inngest event (which fans the webhook out and triggers workflows).
 * `suffix` tells repeated events of one stream apart (session id, connection number); the event id
 * makes a retried send a no-op. Failures are logged, not thrown: the rows are the source of truth.
 */
export async function emitLiveStreamEvent(
  emit: Emit,
  liveStream: { id: string; workspaceId: string },
  options: { suffix?: string; lastKnown?: unknown } = {},
): Promise<void> {
  const suffix = options.suffix ?? "";
  try {
    await recordWebhookEvent({ eventName: emit.type.name, objectId: liveStream.id, workspaceId: liveStream.workspaceId, suffix, lastKnown: options.lastKnown ?? liveStream });
  } catch (error) {
    console.error(`[live] could not record the webhook event ${emit.type.name} for ${liveStream.id}`, error);
  }
  try {
    const base = { liveStreamId: liveStream.id, workspaceId: liveStream.workspaceId };
    const id = { id: `${emit.type.name}:${liveStream.id}${suffix}` };
    await inngest.send(emit.data ? events.liveStreamDisconnected.create({ ...base, ...emit.data }, id) : emit.type.create(base, id));
  } catch (error) {
    console.error(`[live] could not send ${emit.type.name} for ${liveStream.id}`, error);
  }
}

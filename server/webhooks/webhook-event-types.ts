/**
 * The one list of webhook event types: each internal domain event (inngest/events.ts) and the Mux
 * webhook type it becomes. `repeatable` types can happen many times for one object (their dedupe
 * key carries the emit's suffix); the others happen once per object.
 */
export const webhookEventTypes = {
  "video/asset.created": { type: "video.asset.created", object: "asset", repeatable: false },
  "video/asset.ready": { type: "video.asset.ready", object: "asset", repeatable: false },
  "video/asset.errored": { type: "video.asset.errored", object: "asset", repeatable: false },
  "video/asset.updated": { type: "video.asset.updated", object: "asset", repeatable: true },
  "video/asset.deleted": { type: "video.asset.deleted", object: "asset", repeatable: false },
  "video/asset.static-renditions.ready": { type: "video.asset.static_renditions.ready", object: "asset", repeatable: false },
  "video/upload.created": { type: "video.upload.created", object: "upload", repeatable: false },
  "video/upload.asset-created": { type: "video.upload.asset_created", object: "upload", repeatable: false },
  "video/upload.cancelled": { type: "video.upload.cancelled", object: "upload", repeatable: false },
  /** Mux has no timed-out webhook; a timed-out upload is reported as errored (status timed_out). */
  "video/upload.timed-out": { type: "video.upload.errored", object: "upload", repeatable: false },
  "video/upload.errored": { type: "video.upload.errored", object: "upload", repeatable: false },
  /** A live recording's asset: video.asset.created when the broadcast starts (processing waits for live-to-VOD). */
  "video/asset.live-recording-created": { type: "video.asset.created", object: "asset", repeatable: false },
  "video/asset.live-stream-completed": { type: "video.asset.live_stream_completed", object: "asset", repeatable: false },
  "video/live-stream.created": { type: "video.live_stream.created", object: "live_stream", repeatable: false },
  "video/live-stream.connected": { type: "video.live_stream.connected", object: "live_stream", repeatable: true },
  "video/live-stream.recording": { type: "video.live_stream.recording", object: "live_stream", repeatable: true },
  "video/live-stream.active": { type: "video.live_stream.active", object: "live_stream", repeatable: true },
  "video/live-stream.disconnected": { type: "video.live_stream.disconnected", object: "live_stream", repeatable: true },
  "video/live-stream.idle": { type: "video.live_stream.idle", object: "live_stream", repeatable: true },
  "video/live-stream.updated": { type: "video.live_stream.updated", object: "live_stream", repeatable: true },
  "video/live-stream.enabled": { type: "video.live_stream.enabled", object: "live_stream", repeatable: true },
  "video/live-stream.disabled": { type: "video.live_stream.disabled", object: "live_stream", repeatable: true },
  "video/live-stream.deleted": { type: "video.live_stream.deleted", object: "live_stream", repeatable: false },
} as const;

export type DomainEventName = keyof typeof webhookEventTypes;
export type WebhookObjectType = (typeof webhookEventTypes)[DomainEventName]["object"];

/** Mux event types an endpoint may subscribe to, without repeats. */
export const webhookTypeNames = [...new Set(Object.values(webhookEventTypes).map((t) => t.type))] as [string, ...string[]];

export const isDomainEventName = (name: string): name is DomainEventName => Object.hasOwn(webhookEventTypes, name);

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
} as const;

export type DomainEventName = keyof typeof webhookEventTypes;
export type WebhookObjectType = (typeof webhookEventTypes)[DomainEventName]["object"];

/** Mux event types an endpoint may subscribe to, without repeats. */
export const webhookTypeNames = [...new Set(Object.values(webhookEventTypes).map((t) => t.type))] as [string, ...string[]];

export const isDomainEventName = (name: string): name is DomainEventName => Object.hasOwn(webhookEventTypes, name);

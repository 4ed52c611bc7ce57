/**
 * The wire format between the Video Data SDK (components/player, the standalone tracker) and the
 * beacon ingest (`POST /data/v1/beacons`). One batch carries events of one or more views; the
 * first event of a view (`viewstart`) carries its dimensions, later ones only what changed.
 */
import { z } from "zod";

export const beaconEventTypes = [
  "playerready",
  "viewstart",
  "play",
  "playing",
  "pause",
  "seeking",
  "seeked",
  "rebufferstart",
  "rebufferend",
  "renditionchange",
  "error",
  "ended",
  "heartbeat",
  "viewend",
] as const;

/** Client-sent dimensions; the server derives the rest (browser, OS, device, geo, ASN…). */
export const viewDimensionsSchema = z
  .object({
    env_key: z.string().max(64).optional(),
    playback_id: z.string().max(64).optional(),
    asset_id: z.string().max(64).optional(),
    live_stream_id: z.string().max(64).optional(),
    viewer_id: z.string().max(128).optional(),
    view_session_id: z.string().max(128).optional(),
    video_title: z.string().max(512).optional(),
    video_id: z.string().max(128).optional(),
    video_series: z.string().max(256).optional(),
    video_content_type: z.string().max(64).optional(),
    video_encoding_variant: z.string().max(64).optional(),
    video_source_type: z.string().max(64).optional(),
    video_stream_type: z.enum(["on-demand", "live"]).optional(),
    video_duration_ms: z.number().nonnegative().optional(),
    video_source_url: z.string().max(2048).optional(),
    player_name: z.string().max(128).optional(),
    player_version: z.string().max(64).optional(),
    player_software: z.string().max(64).optional(),
    player_software_version: z.string().max(64).optional(),
    player_width: z.number().int().nonnegative().optional(),
    player_height: z.number().int().nonnegative().optional(),
    player_autoplay: z.boolean().optional(),
    player_preload: z.boolean().optional(),
    /** Additive (ingest): playing on a remote device (AirPlay, Chromecast). */
    player_remote_played: z.boolean().optional(),
    player_init_time_ms: z.number().nonnegative().optional(),
    page_load_time_ms: z.number().nonnegative().optional(),
    page_url: z.string().max(2048).optional(),
    page_type: z.string().max(64).optional(),
    sdk_name: z.string().max(64).optional(),
    sdk_version: z.string().max(64).optional(),
    experiment_name: z.string().max(128).optional(),
    sub_property_id: z.string().max(128).optional(),
    drm_type: z.string().max(64).optional(),
    cdn: z.string().max(64).optional(),
    connection_type: z.string().max(64).optional(),
    ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`custom_${i + 1}`, z.string().max(256).optional()])),
  })
  .strict();

export const beaconEventSchema = z
  .object({
    view_id: z.string().min(8).max(64),
    /** Per-view sequence number: lets the server order and de-duplicate retried batches. */
    seq: z.number().int().nonnegative(),
    type: z.enum(beaconEventTypes),
    /** Client wall clock, ms since the epoch. */
    ts: z.number().int().positive(),
    playhead_ms: z.number().nonnegative().optional(),
    /** Current rendition, for renditionchange and heartbeat. */
    bitrate: z.number().int().nonnegative().optional(),
    rendition_width: z.number().int().nonnegative().optional(),
    rendition_height: z.number().int().nonnegative().optional(),
    error_code: z.string().max(64).optional(),
    error_message: z.string().max(1024).optional(),
    dimensions: viewDimensionsSchema.optional(),
  })
  .strict();

export const beaconBatchSchema = z.object({ events: z.array(beaconEventSchema).min(1).max(500) }).strict();

export type BeaconEvent = z.infer<typeof beaconEventSchema>;
export type BeaconBatch = z.infer<typeof beaconBatchSchema>;
export type ViewDimensions = z.infer<typeof viewDimensionsSchema>;

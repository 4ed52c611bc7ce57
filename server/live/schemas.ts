/**
 * Mux-shaped request schemas for live streams and simulcast targets: the REST bodies and the tRPC
 * inputs. Unknown fields are rejected with their names; updates derive from the create fields.
 */
import { z } from "zod";
import { newAssetSettingsSchema, playbackPolicySchema } from "@/server/assets/schemas";
import { liveLatencyModes } from "@/server/db/schema/live";

const ingestSchemes = ["rtmp:", "rtmps:", "srt:"];
const isIngestUrl = (value: string) => {
  try {
    const url = new URL(value);
    return ingestSchemes.includes(url.protocol) && url.hostname !== "";
  } catch {
    return false;
  }
};

export const createSimulcastTargetSchema = z
  .object({
    url: z.string().trim().max(2048).refine(isIngestUrl, "must be an rtmp://, rtmps:// or srt:// URL, such as rtmp://live.example.com/app"),
    stream_key: z.string().min(1).max(512).optional(),
    passthrough: z.string().max(255).optional(),
  })
  .strict();

/** A recording's asset settings: those of an asset, without the input (the broadcast is the input). */
export const liveNewAssetSettingsSchema = newAssetSettingsSchema.omit({ input: true, inputs: true });

const liveStreamFields = z.object({
  latency_mode: z.enum(liveLatencyModes),
  reconnect_window: z.number().min(0, "must be at least 0 seconds").max(1800, "must be at most 1800 seconds (30 minutes)"),
  max_continuous_duration: z.number().int().min(60, "must be at least 60 seconds").max(43_200, "must be at most 43200 seconds (12 hours)"),
  passthrough: z.string().max(255),
});

export const createLiveStreamSchema = liveStreamFields
  .partial()
  .extend({
    playback_policy: z.union([playbackPolicySchema, z.array(playbackPolicySchema)]).optional(),
    playback_policies: z.array(playbackPolicySchema).optional(),
    /** Omitted: each broadcast is recorded into an asset with default settings, as at Mux. null: nothing is recorded. */
    new_asset_settings: liveNewAssetSettingsSchema.nullable().optional(),
    test: z.boolean().optional(),
    simulcast_targets: z.array(createSimulcastTargetSchema).max(10).optional(),
    /** Deprecated Mux flags, read as latency_mode when it is not given. */
    reduced_latency: z.boolean().optional(),
    low_latency: z.boolean().optional(),
  })
  .strict();

/** Mux lets new_asset_settings change only in these fields after creation. */
export const updateLiveStreamSchema = liveStreamFields
  .partial()
  .extend({ new_asset_settings: liveNewAssetSettingsSchema.pick({ mp4_support: true, master_access: true, video_quality: true, meta: true }).optional() })
  .strict();

export const listLiveStreamsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  page: z.coerce.number().int().min(1).default(1),
  status: z.enum(["idle", "active", "disabled"]).optional(),
  stream_key: z.string().min(1).optional(),
});

export type CreateLiveStreamInput = z.input<typeof createLiveStreamSchema>;
export type UpdateLiveStreamInput = z.input<typeof updateLiveStreamSchema>;
export type CreateSimulcastTargetInput = z.input<typeof createSimulcastTargetSchema>;
export type LiveNewAssetSettings = z.output<typeof liveNewAssetSettingsSchema>;

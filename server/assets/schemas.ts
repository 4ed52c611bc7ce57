/**
 * Mux-shaped request schemas for assets. One schema per resource serves the REST route, the tRPC
 * input and the upload's new_asset_settings; unknown fields are rejected with their names.
 */
import { z } from "zod";

export const playbackPolicySchema = z.enum(["public", "signed"]);

export const assetInputSchema = z
  .object({
    url: z.string().min(1, "input url is required"),
    type: z.enum(["video", "audio", "text", "watermark"]).optional(),
    start_time: z.number().min(0).optional(),
    end_time: z.number().positive().optional(),
    /** Watermark placement (Mux's overlay_settings). */
    overlay_settings: z
      .object({
        vertical_align: z.enum(["top", "middle", "bottom"]).optional(),
        vertical_margin: z.string().optional(),
        horizontal_align: z.enum(["left", "center", "right"]).optional(),
        horizontal_margin: z.string().optional(),
        width: z.string().optional(),
        height: z.string().optional(),
        opacity: z.string().optional(),
      })
      .strict()
      .optional(),
    /** Text tracks (type "text"). */
    text_type: z.enum(["subtitles"]).optional(),
    language_code: z.string().optional(),
    name: z.string().optional(),
    closed_captions: z.boolean().optional(),
    passthrough: z.string().max(255).optional(),
  })
  .strict();

export const assetMetaSchema = z
  .object({ title: z.string().max(512).optional(), creator_id: z.string().max(128).optional(), external_id: z.string().max(128).optional() })
  .strict();

export const newAssetSettingsSchema = z
  .object({
    playback_policy: z.union([playbackPolicySchema, z.array(playbackPolicySchema)]).optional(),
    playback_policies: z.array(playbackPolicySchema).optional(),
    passthrough: z.string().max(255).optional(),
    meta: assetMetaSchema.optional(),
    mp4_support: z.enum(["none", "standard", "capped-1080p", "audio-only", "audio-only,capped-1080p"]).optional(),
    master_access: z.enum(["none", "temporary"]).optional(),
    video_quality: z.enum(["basic", "plus", "premium"]).optional(),
    encoding_tier: z.enum(["baseline", "smart"]).optional(),
    max_resolution_tier: z.enum(["1080p", "1440p", "2160p"]).optional(),
    normalize_audio: z.boolean().optional(),
    test: z.boolean().optional(),
    input: z.union([z.string().min(1), z.array(assetInputSchema).min(1)]).optional(),
    /** Mux's current name for `input` (what @mux/mux-node 9+ sends); read as `input`. */
    inputs: z.array(assetInputSchema).min(1).optional(),
  })
  .strict();

export const createAssetSchema = newAssetSettingsSchema
  .refine((s) => s.input !== undefined || s.inputs !== undefined, { path: ["input"], message: "input (or inputs) is required" })
  .transform(({ inputs, ...s }) => ({ ...s, input: s.input ?? inputs! }));

export const updateAssetSchema = z.object({ passthrough: z.string().max(255).optional(), meta: assetMetaSchema.optional() }).strict();

export type CreateAssetInput = z.input<typeof createAssetSchema>;
export type AssetSettings = z.output<typeof newAssetSettingsSchema>;

import type { z } from "zod";
import { assetInputSchema, type AssetSettings } from "./schemas";

export type AssetInput = z.output<typeof assetInputSchema>;

/** Mux accepts `input` as a string or an array and policies under two names; settle on one form. */
export function normalizeAssetSettings(settings: AssetSettings) {
  const inputs: AssetInput[] = typeof settings.input === "string" ? [{ url: settings.input }] : (settings.input ?? []);
  const raw = settings.playback_policies ?? settings.playback_policy ?? [];
  const policies = [...new Set(Array.isArray(raw) ? raw : [raw])];
  const primary = inputs.find((i) => !i.type || i.type === "video" || i.type === "audio");
  return {
    inputs,
    primary,
    policies,
    videoQuality: settings.video_quality ?? (settings.encoding_tier === "smart" ? "plus" : settings.encoding_tier === "baseline" ? "basic" : "plus"),
  } as const;
}

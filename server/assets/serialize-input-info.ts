import type { assets } from "@/server/db/schema";
import type { MediaInfo } from "@/server/media/ffmpeg/media-info";
import { normalizeAssetSettings } from "./normalize-asset-settings";
import type { AssetSettings } from "./schemas";

/** GET /video/v1/assets/{id}/input-info in Mux's shape: each input's settings and what the probe found in the file. */
export function serializeInputInfo(asset: typeof assets.$inferSelect) {
  const { inputs } = normalizeAssetSettings(asset.settings as AssetSettings);
  const info = asset.inputInfo as MediaInfo | null;
  const file = info
    ? {
        container_format: info.formatName ?? info.container ?? undefined,
        tracks: [
          ...info.video.map((v) => ({
            type: "video",
            duration: v.durationSeconds ?? info.durationSeconds ?? undefined,
            encoding: v.codec,
            width: v.displayWidth,
            height: v.displayHeight,
            frame_rate: v.fps ?? undefined,
          })),
          ...info.audio.map((a) => ({
            type: "audio",
            duration: a.durationSeconds ?? info.durationSeconds ?? undefined,
            encoding: a.codec,
            channels: a.channels,
            sample_rate: a.sampleRate ?? undefined,
          })),
        ],
      }
    : undefined;
  const primary = inputs.findIndex((i) => !i.type || i.type === "video" || i.type === "audio");
  return inputs.map((input, i) => ({ settings: input, ...(i === primary && file ? { file } : {}) }));
}

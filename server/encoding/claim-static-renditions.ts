import { and, eq, sql } from "drizzle-orm";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";
import { normalizeAssetSettings } from "@/server/assets/normalize-asset-settings";
import type { AssetSettings } from "@/server/assets/schemas";
import { getDb } from "@/server/db/client";
import { assetRenditions } from "@/server/db/schema";
import type { FfmpegJobInput } from "@/server/media/ffmpeg/builders";
import { chooseLadder, type VideoQuality } from "./choose-ladder";

/**
 * Takes the asset's queued static renditions (queued → processing, atomically, so two runs never
 * share one) and builds the one media job that makes them all. Null when none were queued.
 */
export async function claimStaticRenditions(input: { assetId: string; workspaceId: string }): Promise<{ names: string[]; job: Extract<FfmpegJobInput, { type: "static-mp4" }> } | null> {
  const asset = await getAssetOrThrow(input);
  const db = await getDb();
  const rows = await db
    .update(assetRenditions)
    .set({ status: "processing", progress: 0, updatedAt: sql`now()` })
    .where(and(eq(assetRenditions.assetId, asset.id), eq(assetRenditions.kind, "mp4"), eq(assetRenditions.status, "queued")))
    .returning();
  if (!rows.length) return null;
  const all = await db.select().from(assetRenditions).where(eq(assetRenditions.assetId, asset.id));
  // A remuxed (passthrough) top rendition means the source is stream-ready H.264: at its own size it is copied.
  const standardSource = all.some((r) => r.kind === "hls" && r.passthrough);
  const ladder = chooseLadder({ width: asset.maxWidth ?? 2, height: asset.maxHeight ?? 2, frameRate: asset.maxFrameRate, videoQuality: asset.videoQuality as VideoQuality, complexity: null });
  const overlay = normalizeAssetSettings(asset.settings as AssetSettings).inputs.find((i) => i.type === "watermark");
  return {
    names: rows.map((r) => r.name),
    job: {
      type: "static-mp4",
      input: asset.sourceKey ?? assetStorageKeys.source(asset.id),
      outputDir: `${assetStorageKeys.prefix(asset.id)}mp4/`,
      durationSeconds: asset.duration ?? undefined,
      outputs: rows.map((r) => ({
        name: r.name,
        ext: r.storageKey?.endsWith(".m4a") ? ("m4a" as const) : ("mp4" as const),
        width: r.width,
        height: r.height,
        copyVideo: standardSource && r.width === asset.maxWidth && r.height === asset.maxHeight,
      })),
      video: { preset: ladder.preset, crf: ladder.crf },
      audio: asset.hasAudio ? { bitrateKbps: ladder.audioBitrateKbps } : null,
      watermark: overlay ? { image: assetStorageKeys.watermark(asset.id), overlay: overlay.overlay_settings ?? {} } : undefined,
    },
  };
}

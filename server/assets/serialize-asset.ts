import type { assetRenditions, assets, playbackIds } from "@/server/db/schema";
import { deliveryUrls } from "@/server/delivery/delivery-urls";
import { getMasterAccessExpiry } from "./get-master-access-expiry";
import { serializeStaticRendition } from "./serialize-static-rendition";

type Asset = typeof assets.$inferSelect;
type PlaybackId = typeof playbackIds.$inferSelect;
type Rendition = typeof assetRenditions.$inferSelect;

/** Mux sends timestamps as strings of Unix seconds. */
export const unixSeconds = (date: Date | null | undefined) => (date ? String(Math.floor(date.getTime() / 1000)) : undefined);

function resolutionTier(height: number | null): string | undefined {
  if (!height) return undefined;
  if (height > 1440) return "2160p";
  if (height > 1080) return "1440p";
  if (height > 720) return "1080p";
  return "720p";
}

/** An asset as the public API returns it, field for field in Mux's shape. */
export function serializeAsset(asset: Asset, ids: PlaybackId[], renditions: Rendition[] = []) {
  const settings = asset.settings as { mp4_support?: string; master_access?: string; test?: boolean; normalize_audio?: boolean };
  const mp4s = renditions.filter((r) => r.kind === "mp4");
  // Temporary master access lapses after 24 h, as at Mux: the field then reads "none".
  const masterExpiry = getMasterAccessExpiry(asset);
  const masterLive = masterExpiry !== null && masterExpiry.getTime() > Date.now();
  const masterAccess = settings.master_access === "temporary" && (asset.status !== "ready" || masterLive) ? "temporary" : "none";
  const masterId = ids.find((p) => p.policy === "public") ?? ids[0];
  const tracks = [
    ...(asset.hasVideo
      ? [{ type: "video", id: `${asset.id}-video`, duration: asset.duration ?? undefined, max_width: asset.maxWidth, max_height: asset.maxHeight, max_frame_rate: asset.maxFrameRate }]
      : []),
    ...(asset.hasAudio ? [{ type: "audio", id: `${asset.id}-audio`, duration: asset.duration ?? undefined }] : []),
  ];
  return {
    id: asset.id,
    status: asset.status,
    created_at: unixSeconds(asset.createdAt),
    duration: asset.duration ?? undefined,
    aspect_ratio: asset.aspectRatio ?? undefined,
    max_stored_resolution: asset.maxHeight ? (asset.maxHeight >= 720 ? "HD" : "SD") : undefined,
    resolution_tier: resolutionTier(asset.maxHeight),
    max_stored_frame_rate: asset.maxFrameRate ?? undefined,
    max_resolution_tier: "1080p",
    video_quality: asset.videoQuality,
    encoding_tier: asset.videoQuality === "basic" ? "baseline" : "smart",
    playback_ids: ids.map((p) => ({ id: p.id, policy: p.policy })),
    tracks: tracks.length ? tracks : undefined,
    passthrough: asset.passthrough ?? undefined,
    meta: Object.keys(asset.meta).length ? asset.meta : undefined,
    mp4_support: settings.mp4_support ?? "none",
    master_access: masterAccess,
    // The URL is on a public playback ID; with only signed ones it needs a `token` (aud v) like any MP4.
    master:
      masterAccess !== "temporary"
        ? undefined
        : masterLive && masterId
          ? { status: "ready", url: deliveryUrls.staticRendition(masterId.id, "source") }
          : { status: asset.status === "errored" ? "errored" : "preparing" },
    static_renditions: mp4s.length
      ? {
          status: mp4s.some((r) => r.status === "queued" || r.status === "processing") ? "preparing" : mp4s.some((r) => r.status === "ready") ? "ready" : "errored",
          files: mp4s.map(serializeStaticRendition),
        }
      : undefined,
    upload_id: asset.uploadId ?? undefined,
    live_stream_id: asset.liveStreamId ?? undefined,
    // Mux: true while the asset is a live stream's recording still being broadcast.
    is_live: asset.liveStreamId ? asset.status === "preparing" && !asset.sourceKey : undefined,
    source_asset_id: asset.sourceAssetId ?? undefined,
    test: settings.test || undefined,
    errors: asset.errors ?? undefined,
    progress: asset.status === "preparing" ? asset.progress : undefined,
  };
}

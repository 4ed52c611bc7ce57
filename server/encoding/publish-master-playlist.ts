import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { listAssetRenditions } from "@/server/assets/list-asset-renditions";
import { getStorage } from "@/server/storage/get-storage";
import { writeMasterPlaylist } from "./write-master-playlist";

/**
 * Rewrites the asset's master.m3u8 over its ready HLS renditions; called each time one becomes
 * ready, so the master grows while the ladder is encoded. Returns the rendition names listed.
 */
export async function publishMasterPlaylist(assetId: string): Promise<string[]> {
  const ready = (await listAssetRenditions(assetId)).filter((r) => r.kind === "hls" && r.status === "ready" && r.codecs);
  const playlist = writeMasterPlaylist(
    ready.map((r) => ({
      name: r.name,
      width: r.width,
      height: r.height,
      frameRate: r.frameRate,
      codecs: r.codecs!,
      peakBitrate: r.bitrate ?? 0,
      averageBitrate: r.averageBitrate ?? 0,
    })),
  );
  await getStorage().put(assetStorageKeys.hlsMaster(assetId), playlist, { contentType: "application/vnd.apple.mpegurl" });
  return ready.map((r) => r.name);
}

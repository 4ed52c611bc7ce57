import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { upsertRendition } from "@/server/assets/upsert-rendition";
import type { HlsRenditionResult } from "./hls-rendition-result";

/** Stores what a packaged rendition measured as (bitrates, codecs, size) and marks it ready. */
export async function recordRenditionReady(input: {
  assetId: string;
  workspaceId: string;
  rendition: HlsRenditionResult;
  passthrough: boolean;
}): Promise<void> {
  const r = input.rendition;
  await upsertRendition({
    assetId: input.assetId,
    workspaceId: input.workspaceId,
    kind: "hls",
    name: r.name,
    fields: {
      status: "ready",
      progress: 100,
      width: r.width,
      height: r.height,
      frameRate: r.frameRate,
      bitrate: Math.max(r.peakBitrate, r.averageBitrate),
      averageBitrate: r.averageBitrate,
      codecs: r.codecs,
      passthrough: input.passthrough,
      storageKey: `${assetStorageKeys.hlsRendition(input.assetId, r.name)}index.m3u8`,
      fileSize: r.totalBytes,
      error: null,
    },
  });
}

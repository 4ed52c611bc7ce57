import { markAssetReady } from "@/server/assets/mark-asset-ready";
import { updateAssetProgress } from "@/server/assets/update-asset-progress";
import type { HlsRenditionResult } from "./hls-rendition-result";
import { publishMasterPlaylist } from "./publish-master-playlist";
import { recordRenditionReady } from "./record-rendition-ready";

/**
 * Records packaged renditions as ready, rewrites master.m3u8 over every ready rendition and marks
 * the asset ready (a no-op after the first time): the asset is playable from its first rendition on.
 */
export async function publishRenditions(input: {
  assetId: string;
  workspaceId: string;
  renditions: HlsRenditionResult[];
  passthrough: boolean;
  /** True once nothing else is coming: progress reads completed. */
  last: boolean;
}): Promise<{ listed: string[] }> {
  const { assetId, workspaceId } = input;
  for (const rendition of input.renditions) await recordRenditionReady({ assetId, workspaceId, rendition, passthrough: input.passthrough });
  const listed = await publishMasterPlaylist(assetId);
  await markAssetReady({ assetId, workspaceId });
  await updateAssetProgress({
    assetId,
    workspaceId,
    state: input.last ? "completed" : "transcoding",
    renditions: Object.fromEntries(input.renditions.map((r) => [r.name, 100])),
  });
  return { listed };
}

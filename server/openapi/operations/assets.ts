import { createStaticRenditionSchema } from "@/server/assets/create-static-rendition";
import { listAssetsSchema } from "@/server/assets/list-assets";
import { createAssetSchema, updateAssetSchema } from "@/server/assets/schemas";
import { updateMasterAccessSchema } from "@/server/assets/update-master-access";
import { updateMp4SupportSchema } from "@/server/assets/update-mp4-support";
import { createPlaybackIdSchema } from "@/server/playback/schemas";
import type { ApiOperation } from "../api-operation";
import { examples } from "../examples";

const asset = { description: "The asset.", example: examples.asset } as const;

/** /video/v1/assets/** */
export const assetOperations = [
  {
    id: "createAsset", method: "POST", path: "/video/v1/assets", tag: "Assets", permission: "videoWrite",
    summary: "Create an asset from input URLs (http(s), s3://, or keyframe://assets/{id} to clip another asset).",
    body: createAssetSchema,
    // createAssetSchema's refinement: one of the two names must carry the inputs.
    bodyRule: { anyOf: [{ required: ["input"] }, { required: ["inputs"] }] },
    success: { status: 201, ...asset },
  },
  {
    id: "listAssets", method: "GET", path: "/video/v1/assets", tag: "Assets", permission: "videoRead",
    summary: "List assets, newest first: by limit/page, or by cursor (the response's next_cursor).",
    query: listAssetsSchema,
    success: { status: 200, description: "A page of assets, and next_cursor (null on the last page).", example: { data: [examples.asset], next_cursor: "WyIyMDI2…" }, envelope: "bare" },
  },
  { id: "getAsset", method: "GET", path: "/video/v1/assets/{assetId}", tag: "Assets", permission: "videoRead", summary: "Retrieve an asset.", success: { status: 200, ...asset } },
  {
    id: "updateAsset", method: "PATCH", path: "/video/v1/assets/{assetId}", tag: "Assets", permission: "videoWrite",
    summary: "Change an asset's passthrough or meta.", body: updateAssetSchema, success: { status: 200, ...asset },
  },
  { id: "deleteAsset", method: "DELETE", path: "/video/v1/assets/{assetId}", tag: "Assets", permission: "videoWrite", summary: "Delete an asset and all its files.", success: { status: 204, description: "Deleted." } },
  {
    id: "getAssetInputInfo", method: "GET", path: "/video/v1/assets/{assetId}/input-info", tag: "Assets", permission: "videoRead",
    summary: "Each input's settings and what probing the file found.", success: { status: 200, description: "Input info, one entry per input.", example: examples.inputInfo },
  },
  {
    id: "updateAssetMasterAccess", method: "PUT", path: "/video/v1/assets/{assetId}/master-access", tag: "Assets", permission: "videoWrite",
    summary: "Make the source file downloadable for 24 hours (temporary), or stop (none).", body: updateMasterAccessSchema, success: { status: 200, ...asset },
  },
  {
    id: "updateAssetMp4Support", method: "PUT", path: "/video/v1/assets/{assetId}/mp4-support", tag: "Assets", permission: "videoWrite",
    summary: "Turn static MP4 renditions on or off (Mux's older API).", body: updateMp4SupportSchema, success: { status: 200, ...asset },
  },
  {
    id: "createAssetPlaybackId", method: "POST", path: "/video/v1/assets/{assetId}/playback-ids", tag: "Assets", permission: "videoWrite",
    summary: "Add a public or signed playback ID.", body: createPlaybackIdSchema, success: { status: 201, description: "The playback ID.", example: examples.playbackId },
  },
  {
    id: "getAssetPlaybackId", method: "GET", path: "/video/v1/assets/{assetId}/playback-ids/{playbackId}", tag: "Assets", permission: "videoRead",
    summary: "Retrieve one of the asset's playback IDs.", success: { status: 200, description: "The playback ID.", example: examples.playbackId },
  },
  {
    id: "deleteAssetPlaybackId", method: "DELETE", path: "/video/v1/assets/{assetId}/playback-ids/{playbackId}", tag: "Assets", permission: "videoWrite",
    summary: "Revoke playback through this ID at once.", success: { status: 204, description: "Deleted." },
  },
  {
    id: "listAssetStaticRenditions", method: "GET", path: "/video/v1/assets/{assetId}/static-renditions", tag: "Assets", permission: "videoRead",
    summary: "The asset's static MP4/M4A renditions.", success: { status: 200, description: "Static renditions.", example: [examples.staticRendition] },
  },
  {
    id: "createAssetStaticRendition", method: "POST", path: "/video/v1/assets/{assetId}/static-renditions", tag: "Assets", permission: "videoWrite",
    summary: "Add a static rendition (highest, audio-only or a height such as 720p).", body: createStaticRenditionSchema, errors: ["conflict"],
    success: { status: 201, description: "The rendition, preparing.", example: examples.staticRendition },
  },
  {
    id: "deleteAssetStaticRendition", method: "DELETE", path: "/video/v1/assets/{assetId}/static-renditions/{staticRenditionId}", tag: "Assets", permission: "videoWrite",
    summary: "Remove a static rendition and its file.", success: { status: 204, description: "Deleted." },
  },
] as const satisfies readonly ApiOperation[];

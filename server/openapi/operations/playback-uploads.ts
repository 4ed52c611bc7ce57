import { createPlaybackRestrictionSchema, referrerRestrictionSchema, userAgentRestrictionSchema } from "@/server/playback/schemas";
import { createUploadSchema, listUploadsSchema } from "@/server/uploads/schemas";
import type { ApiOperation } from "../api-operation";
import { examples } from "../examples";

const upload = { description: "The direct upload.", example: examples.upload } as const;
const restriction = { description: "The playback restriction.", example: examples.restriction } as const;

/** /video/v1/uploads/**, /video/v1/playback-ids/**, /video/v1/playback-restrictions/** */
export const playbackAndUploadOperations = [
  {
    id: "createDirectUpload", method: "POST", path: "/video/v1/uploads", tag: "Direct uploads", permission: "videoWrite",
    summary: "Create a direct upload URL; the file PUT to it becomes an asset with new_asset_settings.", body: createUploadSchema, success: { status: 201, ...upload },
  },
  {
    id: "listDirectUploads", method: "GET", path: "/video/v1/uploads", tag: "Direct uploads", permission: "videoRead",
    summary: "List direct uploads, newest first.", query: listUploadsSchema, success: { status: 200, description: "A page of uploads.", example: [examples.upload] },
  },
  {
    id: "getDirectUpload", method: "GET", path: "/video/v1/uploads/{uploadId}", tag: "Direct uploads", permission: "videoRead",
    summary: "Retrieve a direct upload: its status, and asset_id once the asset is created.", success: { status: 200, ...upload },
  },
  {
    id: "cancelDirectUpload", method: "PUT", path: "/video/v1/uploads/{uploadId}/cancel", tag: "Direct uploads", permission: "videoWrite",
    summary: "Cancel a waiting upload; its URL refuses further bytes.", errors: ["conflict"], success: { status: 200, ...upload },
  },
  {
    id: "getPlaybackId", method: "GET", path: "/video/v1/playback-ids/{playbackId}", tag: "Playback IDs", permission: "videoRead",
    summary: "What a playback ID plays: the asset or live stream it points at.", success: { status: 200, description: "The playback ID and its object.", example: examples.playbackIdTarget },
  },
  {
    id: "createPlaybackRestriction", method: "POST", path: "/video/v1/playback-restrictions", tag: "Playback restrictions", permission: "videoWrite",
    summary: "Create referrer and user-agent rules for signed playback.", body: createPlaybackRestrictionSchema, success: { status: 201, ...restriction },
  },
  {
    id: "listPlaybackRestrictions", method: "GET", path: "/video/v1/playback-restrictions", tag: "Playback restrictions", permission: "videoRead",
    summary: "List the workspace's playback restrictions.", queryNames: ["limit", "page"], success: { status: 200, description: "Restrictions.", example: [examples.restriction] },
  },
  {
    id: "getPlaybackRestriction", method: "GET", path: "/video/v1/playback-restrictions/{restrictionId}", tag: "Playback restrictions", permission: "videoRead",
    summary: "Retrieve a playback restriction.", success: { status: 200, ...restriction },
  },
  {
    id: "deletePlaybackRestriction", method: "DELETE", path: "/video/v1/playback-restrictions/{restrictionId}", tag: "Playback restrictions", permission: "videoWrite",
    summary: "Delete a restriction; tokens naming it stop working.", success: { status: 204, description: "Deleted." },
  },
  {
    id: "updateReferrerRestriction", method: "PUT", path: "/video/v1/playback-restrictions/{restrictionId}/referrer", tag: "Playback restrictions", permission: "videoWrite",
    summary: "Replace the referrer rules.", body: referrerRestrictionSchema, success: { status: 200, ...restriction },
  },
  {
    id: "updateUserAgentRestriction", method: "PUT", path: "/video/v1/playback-restrictions/{restrictionId}/user_agent", tag: "Playback restrictions", permission: "videoWrite",
    summary: "Replace the user-agent rules.", body: userAgentRestrictionSchema, success: { status: 200, ...restriction },
  },
] as const satisfies readonly ApiOperation[];

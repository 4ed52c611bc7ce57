import { apiRoute, dataResponse } from "@/server/http/api-route";
import { deletePlaybackId } from "@/server/playback/delete-playback-id";
import { getPlaybackIdOrThrow } from "@/server/playback/get-playback-id-or-throw";
import { serializePlaybackId } from "@/server/playback/serialize-playback-id";

type Params = { assetId: string; playbackId: string };

// GET /video/v1/assets/{assetId}/playback-ids/{playbackId} – one playback ID of the asset
export const GET = apiRoute<Params>("videoRead", async ({ principal, params }) =>
  dataResponse(serializePlaybackId(await getPlaybackIdOrThrow({ ...params, workspaceId: principal.workspaceId }))),
);

// DELETE /video/v1/assets/{assetId}/playback-ids/{playbackId} – revoke playback through this ID at once
export const DELETE = apiRoute<Params>("videoWrite", async ({ principal, params }) => {
  await deletePlaybackId({ ...params, workspaceId: principal.workspaceId });
  return new Response(null, { status: 204 });
});

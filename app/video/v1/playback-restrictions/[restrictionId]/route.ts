import { apiRoute, dataResponse } from "@/server/http/api-route";
import { deletePlaybackRestriction } from "@/server/playback/delete-playback-restriction";
import { getPlaybackRestrictionOrThrow } from "@/server/playback/get-playback-restriction-or-throw";
import { serializePlaybackRestriction } from "@/server/playback/serialize-playback-restriction";

type Params = { restrictionId: string };

// GET /video/v1/playback-restrictions/{id} – one restriction
export const GET = apiRoute<Params>("videoRead", async ({ principal, params }) =>
  dataResponse(serializePlaybackRestriction(await getPlaybackRestrictionOrThrow({ playbackRestrictionId: params.restrictionId, workspaceId: principal.workspaceId }))),
);

// DELETE /video/v1/playback-restrictions/{id} – tokens naming it stop working
export const DELETE = apiRoute<Params>("videoWrite", async ({ principal, params }) => {
  await deletePlaybackRestriction({ playbackRestrictionId: params.restrictionId, workspaceId: principal.workspaceId });
  return new Response(null, { status: 204 });
});

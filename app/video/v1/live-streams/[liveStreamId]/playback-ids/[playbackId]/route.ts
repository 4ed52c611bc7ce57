import { apiRoute, dataResponse } from "@/server/http/api-route";
import { deleteLiveStreamPlaybackId } from "@/server/live/delete-live-stream-playback-id";
import { getLiveStreamPlaybackIdOrThrow } from "@/server/live/get-live-stream-playback-id-or-throw";
import { serializePlaybackId } from "@/server/playback/serialize-playback-id";

type Params = { liveStreamId: string; playbackId: string };

// GET /video/v1/live-streams/{liveStreamId}/playback-ids/{playbackId} – one playback ID of the live stream
export const GET = apiRoute<Params>("videoRead", async ({ principal, params }) =>
  dataResponse(serializePlaybackId(await getLiveStreamPlaybackIdOrThrow({ ...params, workspaceId: principal.workspaceId }))),
);

// DELETE /video/v1/live-streams/{liveStreamId}/playback-ids/{playbackId} – stop playback through this ID
export const DELETE = apiRoute<Params>("videoWrite", async ({ principal, params }) => {
  await deleteLiveStreamPlaybackId({ ...params, workspaceId: principal.workspaceId });
  return new Response(null, { status: 204 });
});

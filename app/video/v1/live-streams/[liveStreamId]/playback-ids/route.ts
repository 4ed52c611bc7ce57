import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { createLiveStreamPlaybackId } from "@/server/live/create-live-stream-playback-id";
import { serializePlaybackId } from "@/server/playback/serialize-playback-id";

// POST /video/v1/live-streams/{liveStreamId}/playback-ids – add a public or signed playback ID
export const POST = apiRoute<{ liveStreamId: string }>("videoWrite", async ({ req, principal, params }) => {
  const body: unknown = await readJsonBody(req);
  const row = await createLiveStreamPlaybackId({ workspaceId: principal.workspaceId, liveStreamId: params.liveStreamId, body });
  return dataResponse(serializePlaybackId(row), { status: 201 });
});

import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { createPlaybackId } from "@/server/playback/create-playback-id";
import { serializePlaybackId } from "@/server/playback/serialize-playback-id";

// POST /video/v1/assets/{assetId}/playback-ids – add a public or signed playback ID
export const POST = apiRoute<{ assetId: string }>("videoWrite", async ({ req, principal, params }) => {
  const body: unknown = await readJsonBody(req);
  const row = await createPlaybackId({ workspaceId: principal.workspaceId, assetId: params.assetId, body });
  return dataResponse(serializePlaybackId(row), { status: 201 });
});

import { apiRoute, dataResponse } from "@/server/http/api-route";
import { getPlaybackIdOrThrow } from "@/server/playback/get-playback-id-or-throw";
import { serializePlaybackId } from "@/server/playback/serialize-playback-id";

// GET /video/v1/playback-ids/{playbackId} – what a playback ID plays
export const GET = apiRoute<{ playbackId: string }>("videoRead", async ({ principal, params }) => {
  const row = await getPlaybackIdOrThrow({ playbackId: params.playbackId, workspaceId: principal.workspaceId });
  const object = row.assetId ? { type: "asset", id: row.assetId } : { type: "live_stream", id: row.liveStreamId };
  return dataResponse({ ...serializePlaybackId(row), object });
});

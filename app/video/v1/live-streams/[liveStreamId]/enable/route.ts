import { apiRoute, dataResponse } from "@/server/http/api-route";
import { enableLiveStream } from "@/server/live/enable-live-stream";

// PUT /video/v1/live-streams/{liveStreamId}/enable – accept the stream key again
export const PUT = apiRoute<{ liveStreamId: string }>("videoWrite", async ({ principal, params }) => {
  await enableLiveStream({ liveStreamId: params.liveStreamId, workspaceId: principal.workspaceId });
  // Mux answers these with an empty object.
  return dataResponse({});
});

import { apiRoute, dataResponse } from "@/server/http/api-route";
import { disableLiveStream } from "@/server/live/disable-live-stream";

// PUT /video/v1/live-streams/{liveStreamId}/disable – refuse the stream key; a broadcast in progress ends
export const PUT = apiRoute<{ liveStreamId: string }>("videoWrite", async ({ principal, params }) => {
  await disableLiveStream({ liveStreamId: params.liveStreamId, workspaceId: principal.workspaceId });
  // Mux answers these with an empty object.
  return dataResponse({});
});

import { apiRoute, dataResponse } from "@/server/http/api-route";
import { completeLiveStream } from "@/server/live/complete-live-stream";

// PUT /video/v1/live-streams/{liveStreamId}/complete – end the broadcast now instead of after the reconnect window
export const PUT = apiRoute<{ liveStreamId: string }>("videoWrite", async ({ principal, params }) => {
  await completeLiveStream({ liveStreamId: params.liveStreamId, workspaceId: principal.workspaceId });
  // Mux answers these with an empty object.
  return dataResponse({});
});

import { apiRoute, dataResponse } from "@/server/http/api-route";
import { resetStreamKey } from "@/server/live/reset-stream-key";
import { serializeLiveStreamsWithRelations } from "@/server/live/serialize-live-streams-with-relations";

// POST /video/v1/live-streams/{liveStreamId}/reset-stream-key – a new stream key; the old one stops working
export const POST = apiRoute<{ liveStreamId: string }>("videoWrite", async ({ principal, params }) => {
  const row = await resetStreamKey({ liveStreamId: params.liveStreamId, workspaceId: principal.workspaceId });
  const [data] = await serializeLiveStreamsWithRelations([row]);
  return dataResponse(data, { status: 201 });
});

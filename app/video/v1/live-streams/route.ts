import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { createLiveStream } from "@/server/live/create-live-stream";
import { listLiveStreams } from "@/server/live/list-live-streams";
import { createLiveStreamSchema, listLiveStreamsSchema } from "@/server/live/schemas";
import { serializeLiveStreamsWithRelations } from "@/server/live/serialize-live-streams-with-relations";

// POST /video/v1/live-streams – create a live stream (stream key, playback IDs, recording settings)
export const POST = apiRoute("videoWrite", async ({ req, principal }) => {
  const settings = createLiveStreamSchema.parse(await readJsonBody(req));
  const row = await createLiveStream({ workspaceId: principal.workspaceId, settings });
  const [data] = await serializeLiveStreamsWithRelations([row]);
  return dataResponse(data, { status: 201 });
});

// GET /video/v1/live-streams – list live streams, newest first (limit/page, status, stream_key)
export const GET = apiRoute("videoRead", async ({ req, principal }) => {
  const query = listLiveStreamsSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const { liveStreams } = await listLiveStreams({ workspaceId: principal.workspaceId, ...query });
  return dataResponse(await serializeLiveStreamsWithRelations(liveStreams));
});

import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { deleteLiveStream } from "@/server/live/delete-live-stream";
import { getLiveStreamOrThrow } from "@/server/live/get-live-stream-or-throw";
import { getLiveStreamViewerCount } from "@/server/live/get-live-stream-viewer-count";
import { updateLiveStreamSchema } from "@/server/live/schemas";
import { serializeLiveStreamsWithRelations } from "@/server/live/serialize-live-streams-with-relations";
import { updateLiveStream } from "@/server/live/update-live-stream";

type Params = { liveStreamId: string };

// GET /video/v1/live-streams/{liveStreamId} – one live stream, with ingest URLs, health and viewers now
export const GET = apiRoute<Params>("videoRead", async ({ principal, params }) => {
  const input = { liveStreamId: params.liveStreamId, workspaceId: principal.workspaceId };
  const row = await getLiveStreamOrThrow(input);
  const viewerCounts = new Map([[row.id, await getLiveStreamViewerCount(input)]]);
  const [data] = await serializeLiveStreamsWithRelations([row], { viewerCounts });
  return dataResponse(data);
});

// PATCH /video/v1/live-streams/{liveStreamId} – change latency, reconnect window, max duration, passthrough, recording settings
export const PATCH = apiRoute<Params>("videoWrite", async ({ req, principal, params }) => {
  const changes = updateLiveStreamSchema.parse(await readJsonBody(req));
  const row = await updateLiveStream({ liveStreamId: params.liveStreamId, workspaceId: principal.workspaceId, changes });
  const [data] = await serializeLiveStreamsWithRelations([row]);
  return dataResponse(data);
});

// DELETE /video/v1/live-streams/{liveStreamId} – delete the stream; a connected publisher is cut off
export const DELETE = apiRoute<Params>("videoWrite", async ({ principal, params }) => {
  await deleteLiveStream({ liveStreamId: params.liveStreamId, workspaceId: principal.workspaceId });
  return new Response(null, { status: 204 });
});

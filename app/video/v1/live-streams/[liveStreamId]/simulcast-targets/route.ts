import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { createSimulcastTarget } from "@/server/live/create-simulcast-target";
import { listSimulcastTargets } from "@/server/live/list-simulcast-targets";
import { createSimulcastTargetSchema } from "@/server/live/schemas";
import { serializeSimulcastTarget } from "@/server/live/serialize-simulcast-target";

type Params = { liveStreamId: string };

// POST /video/v1/live-streams/{liveStreamId}/simulcast-targets – push the stream to another RTMP(S)/SRT service while active
export const POST = apiRoute<Params>("videoWrite", async ({ req, principal, params }) => {
  const body = createSimulcastTargetSchema.parse(await readJsonBody(req));
  const row = await createSimulcastTarget({ workspaceId: principal.workspaceId, liveStreamId: params.liveStreamId, body });
  return dataResponse(serializeSimulcastTarget(row), { status: 201 });
});

// GET /video/v1/live-streams/{liveStreamId}/simulcast-targets – the stream's simulcast targets with their status
export const GET = apiRoute<Params>("videoRead", async ({ principal, params }) => {
  const rows = await listSimulcastTargets({ workspaceId: principal.workspaceId, liveStreamId: params.liveStreamId });
  return dataResponse(rows.map(serializeSimulcastTarget));
});

import { apiRoute, dataResponse } from "@/server/http/api-route";
import { deleteSimulcastTarget } from "@/server/live/delete-simulcast-target";
import { getSimulcastTarget } from "@/server/live/get-simulcast-target";
import { serializeSimulcastTarget } from "@/server/live/serialize-simulcast-target";

type Params = { liveStreamId: string; simulcastTargetId: string };

// GET /video/v1/live-streams/{liveStreamId}/simulcast-targets/{simulcastTargetId} – one simulcast target and its status
export const GET = apiRoute<Params>("videoRead", async ({ principal, params }) =>
  dataResponse(serializeSimulcastTarget(await getSimulcastTarget({ ...params, workspaceId: principal.workspaceId }))),
);

// DELETE /video/v1/live-streams/{liveStreamId}/simulcast-targets/{simulcastTargetId} – remove a simulcast target
export const DELETE = apiRoute<Params>("videoWrite", async ({ principal, params }) => {
  await deleteSimulcastTarget({ ...params, workspaceId: principal.workspaceId });
  return new Response(null, { status: 204 });
});

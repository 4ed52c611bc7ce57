import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { serializePlaybackRestriction } from "@/server/playback/serialize-playback-restriction";
import { updatePlaybackRestriction } from "@/server/playback/update-playback-restriction";

// PUT /video/v1/playback-restrictions/{id}/user_agent – replace the user_agent rules
export const PUT = apiRoute<{ restrictionId: string }>("videoWrite", async ({ req, principal, params }) => {
  const body: unknown = await readJsonBody(req);
  const row = await updatePlaybackRestriction({ workspaceId: principal.workspaceId, playbackRestrictionId: params.restrictionId, part: "user_agent", body });
  return dataResponse(serializePlaybackRestriction(row));
});

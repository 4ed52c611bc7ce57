import { serializeAssetsWithRelations } from "@/server/assets/serialize-assets-with-relations";
import { updateMp4Support } from "@/server/assets/update-mp4-support";
import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";

// PUT /video/v1/assets/{assetId}/mp4-support – turn static MP4s on or off (Mux's older API)
export const PUT = apiRoute<{ assetId: string }>("videoWrite", async ({ req, principal, params }) => {
  const asset = await updateMp4Support({ assetId: params.assetId, workspaceId: principal.workspaceId, body: await readJsonBody(req) });
  const [data] = await serializeAssetsWithRelations([asset]);
  return dataResponse(data);
});

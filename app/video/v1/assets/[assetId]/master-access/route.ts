import { serializeAssetsWithRelations } from "@/server/assets/serialize-assets-with-relations";
import { updateMasterAccess } from "@/server/assets/update-master-access";
import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";

// PUT /video/v1/assets/{assetId}/master-access – make the source downloadable for 24 h, or stop
export const PUT = apiRoute<{ assetId: string }>("videoWrite", async ({ req, principal, params }) => {
  const asset = await updateMasterAccess({ assetId: params.assetId, workspaceId: principal.workspaceId, body: await readJsonBody(req) });
  const [data] = await serializeAssetsWithRelations([asset]);
  return dataResponse(data);
});

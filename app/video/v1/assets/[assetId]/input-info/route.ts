import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";
import { serializeInputInfo } from "@/server/assets/serialize-input-info";
import { apiRoute, dataResponse } from "@/server/http/api-route";

// GET /video/v1/assets/{assetId}/input-info – each input's settings and the probed file
export const GET = apiRoute<{ assetId: string }>("videoRead", async ({ principal, params }) => {
  const asset = await getAssetOrThrow({ assetId: params.assetId, workspaceId: principal.workspaceId });
  return dataResponse(serializeInputInfo(asset));
});

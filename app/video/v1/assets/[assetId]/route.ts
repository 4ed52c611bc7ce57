import { deleteAsset } from "@/server/assets/delete-asset";
import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";
import { serializeAssetsWithRelations } from "@/server/assets/serialize-assets-with-relations";
import { updateAsset } from "@/server/assets/update-asset";
import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";

type Params = { assetId: string };

// GET /video/v1/assets/{assetId} – one asset
export const GET = apiRoute<Params>("videoRead", async ({ principal, params }) => {
  const asset = await getAssetOrThrow({ assetId: params.assetId, workspaceId: principal.workspaceId });
  const [data] = await serializeAssetsWithRelations([asset]);
  return dataResponse(data);
});

// PATCH /video/v1/assets/{assetId} – change passthrough or meta
export const PATCH = apiRoute<Params>("videoWrite", async ({ req, principal, params }) => {
  const changes = (await readJsonBody(req)) as Record<string, unknown>;
  const asset = await updateAsset({ assetId: params.assetId, workspaceId: principal.workspaceId, changes });
  const [data] = await serializeAssetsWithRelations([asset]);
  return dataResponse(data);
});

// DELETE /video/v1/assets/{assetId} – delete the asset and all its files
export const DELETE = apiRoute<Params>("videoWrite", async ({ principal, params }) => {
  await deleteAsset({ assetId: params.assetId, workspaceId: principal.workspaceId });
  return new Response(null, { status: 204 });
});

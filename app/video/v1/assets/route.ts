import { createAsset } from "@/server/assets/create-asset";
import { listAssets } from "@/server/assets/list-assets";
import { createAssetSchema } from "@/server/assets/schemas";
import { serializeAssetsWithRelations } from "@/server/assets/serialize-assets-with-relations";
import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";

// POST /video/v1/assets – create an asset from an input URL (or a clip of another asset)
export const POST = apiRoute("videoWrite", async ({ req, principal }) => {
  const settings = createAssetSchema.parse(await readJsonBody(req));
  const asset = await createAsset({ workspaceId: principal.workspaceId, settings });
  const [data] = await serializeAssetsWithRelations([asset]);
  return dataResponse(data, { status: 201 });
});

// GET /video/v1/assets – list assets, newest first (limit/page or cursor → next_cursor)
export const GET = apiRoute("videoRead", async ({ req, principal }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const { assets, nextCursor } = await listAssets({ workspaceId: principal.workspaceId, ...query });
  const data = await serializeAssetsWithRelations(assets);
  return Response.json({ data, next_cursor: nextCursor }, { headers: { "Cache-Control": "no-store" } });
});

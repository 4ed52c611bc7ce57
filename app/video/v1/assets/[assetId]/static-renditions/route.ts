import { createStaticRendition } from "@/server/assets/create-static-rendition";
import { listStaticRenditions } from "@/server/assets/list-static-renditions";
import { serializeStaticRendition } from "@/server/assets/serialize-static-rendition";
import { apiRoute, dataResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";

type Params = { assetId: string };

// GET /video/v1/assets/{assetId}/static-renditions – the asset's MP4/M4A renditions
export const GET = apiRoute<Params>("videoRead", async ({ principal, params }) => {
  const rows = await listStaticRenditions({ assetId: params.assetId, workspaceId: principal.workspaceId });
  return dataResponse(rows.map(serializeStaticRendition));
});

// POST /video/v1/assets/{assetId}/static-renditions – add one ({ resolution: "highest" | "audio-only" | "720p"… })
export const POST = apiRoute<Params>("videoWrite", async ({ req, principal, params }) => {
  const row = await createStaticRendition({ assetId: params.assetId, workspaceId: principal.workspaceId, body: await readJsonBody(req) });
  return dataResponse(serializeStaticRendition(row), { status: 201 });
});

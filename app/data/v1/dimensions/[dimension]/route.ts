import { listDimensionValues } from "@/server/analytics/data/list-dimension-values";
import { readDataQueryParams } from "@/server/analytics/data/data-query-schema";
import { apiRoute } from "@/server/http/api-route";

// GET /data/v1/dimensions/{dimension} – the dimension's values with view counts
export const GET = apiRoute<{ dimension: string }>("dataRead", async ({ req, principal, params }) =>
  Response.json(await listDimensionValues({ workspaceId: principal.workspaceId, dimension: params.dimension, query: readDataQueryParams(req.url) }), { headers: { "Cache-Control": "no-store" } }),
);

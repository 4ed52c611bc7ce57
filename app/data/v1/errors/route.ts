import { listErrors } from "@/server/analytics/data/list-errors";
import { readDataQueryParams } from "@/server/analytics/data/data-query-schema";
import { apiRoute } from "@/server/http/api-route";

// GET /data/v1/errors – fatal playback errors by frequency
export const GET = apiRoute<Record<string, never>>("dataRead", async ({ req, principal }) =>
  Response.json(await listErrors({ workspaceId: principal.workspaceId, query: readDataQueryParams(req.url) }), { headers: { "Cache-Control": "no-store" } }),
);

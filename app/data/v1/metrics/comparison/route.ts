import { compareMetrics } from "@/server/analytics/data/compare-metrics";
import { readDataQueryParams } from "@/server/analytics/data/data-query-schema";
import { apiRoute } from "@/server/http/api-route";

// GET /data/v1/metrics/comparison – every metric for the filtered views vs all views and the previous period
export const GET = apiRoute<Record<string, never>>("dataRead", async ({ req, principal }) =>
  Response.json(await compareMetrics({ workspaceId: principal.workspaceId, query: readDataQueryParams(req.url) }), { headers: { "Cache-Control": "no-store" } }),
);

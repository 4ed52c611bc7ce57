import { getMetricOverall } from "@/server/analytics/data/get-metric-overall";
import { readDataQueryParams } from "@/server/analytics/data/data-query-schema";
import { apiRoute } from "@/server/http/api-route";

// GET /data/v1/metrics/{metric}/overall – the metric over the timeframe and filters
export const GET = apiRoute<{ metric: string }>("dataRead", async ({ req, principal, params }) =>
  Response.json(await getMetricOverall({ workspaceId: principal.workspaceId, metric: params.metric, query: readDataQueryParams(req.url) }), { headers: { "Cache-Control": "no-store" } }),
);

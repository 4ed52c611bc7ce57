import { getMetricBreakdown } from "@/server/analytics/data/get-metric-breakdown";
import { readDataQueryParams } from "@/server/analytics/data/data-query-schema";
import { apiRoute } from "@/server/http/api-route";

// GET /data/v1/metrics/{metric}/breakdown – the metric per value of group_by
export const GET = apiRoute<{ metric: string }>("dataRead", async ({ req, principal, params }) =>
  Response.json(await getMetricBreakdown({ workspaceId: principal.workspaceId, metric: params.metric, query: readDataQueryParams(req.url) }), { headers: { "Cache-Control": "no-store" } }),
);

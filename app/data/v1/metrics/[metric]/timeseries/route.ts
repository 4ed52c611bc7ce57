import { getMetricTimeseries } from "@/server/analytics/data/get-metric-timeseries";
import { readDataQueryParams } from "@/server/analytics/data/data-query-schema";
import { apiRoute } from "@/server/http/api-route";

// GET /data/v1/metrics/{metric}/timeseries – the metric per minute, hour or day
export const GET = apiRoute<{ metric: string }>("dataRead", async ({ req, principal, params }) =>
  Response.json(await getMetricTimeseries({ workspaceId: principal.workspaceId, metric: params.metric, query: readDataQueryParams(req.url) }), { headers: { "Cache-Control": "no-store" } }),
);

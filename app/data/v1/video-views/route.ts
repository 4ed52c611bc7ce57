import { listVideoViews } from "@/server/analytics/data/list-video-views";
import { readDataQueryParams } from "@/server/analytics/data/data-query-schema";
import { apiRoute } from "@/server/http/api-route";

// GET /data/v1/video-views – views matching the filters, newest first
export const GET = apiRoute<Record<string, never>>("dataRead", async ({ req, principal }) =>
  Response.json(await listVideoViews({ workspaceId: principal.workspaceId, query: readDataQueryParams(req.url) }), { headers: { "Cache-Control": "no-store" } }),
);

import { getVideoViewOrThrow } from "@/server/analytics/data/get-video-view-or-throw";
import { apiRoute } from "@/server/http/api-route";

// GET /data/v1/video-views/{id} – one view with its events
export const GET = apiRoute<{ viewId: string }>("dataRead", async ({ principal, params }) =>
  Response.json(await getVideoViewOrThrow({ workspaceId: principal.workspaceId, viewId: params.viewId }), { headers: { "Cache-Control": "no-store" } }),
);

import { getRealtime } from "@/server/analytics/data/get-realtime";
import { apiRoute } from "@/server/http/api-route";

// GET /data/v1/realtime/timeseries – viewers with an event in the last 30 s, every 20 s over 10 minutes
export const GET = apiRoute("dataRead", async ({ req, principal }) =>
  Response.json(await getRealtime({ workspaceId: principal.workspaceId, dimension: new URL(req.url).searchParams.get("dimension") }), { headers: { "Cache-Control": "no-store" } }),
);

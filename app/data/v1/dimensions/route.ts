import { listDimensions } from "@/server/analytics/data/list-dimensions";
import { apiRoute } from "@/server/http/api-route";

// GET /data/v1/dimensions – the dimensions views can be filtered and broken down by
export const GET = apiRoute("dataRead", async () => Response.json(listDimensions(), { headers: { "Cache-Control": "no-store" } }));

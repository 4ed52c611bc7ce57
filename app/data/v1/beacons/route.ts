import { ingestBeacons } from "@/server/analytics/ingest/ingest-beacons";
import { checkBeaconRateLimit } from "@/server/analytics/ingest/check-beacon-rate-limit";
import { clientAddress } from "@/server/analytics/ingest/read-client-address";
import { errorResponse } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";

// Beacons come from viewers' pages on any origin; fetch sends JSON (preflighted), sendBeacon text/plain.
const cors = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "content-type",
  "Access-Control-Max-Age": "86400",
  "Cache-Control": "no-store",
};

// POST /data/v1/beacons – store a batch of Video Data beacon events (public: the view's playback_id or env_key names the workspace)
export async function POST(req: Request): Promise<Response> {
  try {
    checkBeaconRateLimit(clientAddress(req.headers));
    const data = await ingestBeacons({ body: await readJsonBody(req), headers: req.headers });
    return Response.json({ data }, { status: 202, headers: cors });
  } catch (error) {
    const res = errorResponse(error);
    for (const [k, v] of Object.entries(cors)) res.headers.set(k, v);
    return res;
  }
}

// OPTIONS /data/v1/beacons – CORS preflight for any origin
export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: cors });
}

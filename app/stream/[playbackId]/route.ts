import { deliveryErrorResponse } from "@/server/delivery/delivery-error-response";
import { preflightResponse } from "@/server/delivery/delivery-headers";
import { serveMasterPlaylist } from "@/server/delivery/serve-master-playlist";
import { notFound } from "@/server/errors";

type Context = { params: Promise<{ playbackId: string }> };

// GET /stream/{playbackId}.m3u8 – the HLS master playlist (public, or signed with ?token=)
export async function GET(req: Request, { params }: Context) {
  try {
    const { playbackId } = await params;
    if (!playbackId.endsWith(".m3u8")) throw notFound("Playback ID");
    return await serveMasterPlaylist(req, playbackId.slice(0, -".m3u8".length));
  } catch (error) {
    return deliveryErrorResponse(error);
  }
}

// OPTIONS /stream/{playbackId}.m3u8 – CORS preflight
export const OPTIONS = preflightResponse;

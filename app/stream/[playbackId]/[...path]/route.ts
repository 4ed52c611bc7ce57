import { deliveryErrorResponse } from "@/server/delivery/delivery-error-response";
import { preflightResponse } from "@/server/delivery/delivery-headers";
import { serveStreamFile } from "@/server/delivery/serve-stream-file";

type Context = { params: Promise<{ playbackId: string; path: string[] }> };

// GET /stream/{playbackId}/… – rendition playlists, segments, static MP4s and the source file
export async function GET(req: Request, { params }: Context) {
  try {
    const { playbackId, path } = await params;
    return await serveStreamFile(req, playbackId, path);
  } catch (error) {
    return deliveryErrorResponse(error);
  }
}

// OPTIONS /stream/{playbackId}/… – CORS preflight
export const OPTIONS = preflightResponse;

import { deliveryErrorResponse } from "@/server/delivery/delivery-error-response";
import { preflightResponse } from "@/server/delivery/delivery-headers";
import { serveImage } from "@/server/delivery/serve-image";

type Context = { params: Promise<{ playbackId: string; file: string }> };

// GET /image/{playbackId}/{thumbnail|animated|storyboard}.{ext} – images rendered on demand
export async function GET(req: Request, { params }: Context) {
  try {
    const { playbackId, file } = await params;
    return await serveImage(req, playbackId, file);
  } catch (error) {
    const retry: Record<string, string> = error instanceof Error && "code" in error && error.code === "unavailable" ? { "Retry-After": "2" } : {};
    return deliveryErrorResponse(error, retry);
  }
}

// OPTIONS /image/{playbackId}/{file} – CORS preflight
export const OPTIONS = preflightResponse;

import { deliveryUrls } from "@/server/delivery/delivery-urls";
import { checkEmbedAccess } from "@/server/playback/check-embed-access";
import { embedMessageFor } from "@/server/playback/embed-message-for";
import { getEmbedPlayerScript } from "@/server/playback/get-embed-player-script";
import { parseEmbedParams } from "@/server/playback/parse-embed-params";
import { planEmbedPlayback } from "@/server/playback/plan-embed-playback";
import { renderEmbedPage } from "@/server/playback/render-embed-page";

type Context = { params: Promise<{ playbackId: string }> };

const html = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" } });

// GET /embed/{playbackId} – the player alone, for iframes (?token, autoplay, muted, start, loop, primary_color)
export async function GET(req: Request, { params }: Context) {
  const { playbackId } = await params;
  const query = new URL(req.url).searchParams;
  const options = parseEmbedParams(Object.fromEntries([...new Set(query.keys())].map((k) => [k, query.getAll(k).length > 1 ? query.getAll(k) : query.get(k)!])));
  const access = await checkEmbedAccess({ playbackId, token: options.token ?? null, headers: req.headers });
  if (access.state === "not_found") return html(renderEmbedPage({ state: "not_found", playbackId }), 404);
  if (access.state === "forbidden") return html(renderEmbedPage({ state: "forbidden", playbackId, message: embedMessageFor(access.message) }), 403);
  const playback = await planEmbedPlayback({ playbackId, assetId: access.assetId, token: options.token, startTime: options.startTime });
  const page = renderEmbedPage({
    state: "ok",
    playbackId,
    title: access.title,
    options,
    playback,
    script: getEmbedPlayerScript(playback.hls, req.headers.get("accept-encoding")),
    streamBaseUrl: deliveryUrls.streamBase(),
    imageBaseUrl: deliveryUrls.imageBase(),
  });
  return html(page, 200);
}

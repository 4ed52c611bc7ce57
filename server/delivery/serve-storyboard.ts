import type { PlaybackGrant } from "@/server/playback/authorize-playback";
import { cacheControl } from "./cache-policies";
import { deliveryUrls } from "./delivery-urls";
import { renderImageOnDemand } from "./render-image-on-demand";
import { respondWithBytes } from "./respond-with-bytes";
import { respondWithObject } from "./respond-with-object";

const TILE_WIDTH = 256;
const MAX_TILES = 100;
const COLUMNS = 10;

/** The sprite grid for an asset: about one tile every 2 s, at most 100 tiles. */
function planStoryboard(duration: number, aspect: number) {
  const count = Math.max(1, Math.min(MAX_TILES, Math.ceil(duration / 2)));
  const interval = duration / count;
  const tileHeight = Math.max(16, Math.round(TILE_WIDTH / aspect / 2) * 2);
  const columns = Math.min(count, COLUMNS);
  return { count, interval, tileWidth: TILE_WIDTH, tileHeight, columns, rows: Math.ceil(count / columns) };
}

const vttTime = (seconds: number) => new Date(Math.round(seconds * 1000)).toISOString().slice(11, 23);

/**
 * GET /image/{playbackId}/storyboard.{jpg|webp|vtt|json}: a sprite rendered on demand, and its
 * WebVTT / JSON index (Mux's shapes) pointing at tiles with #xywh fragments.
 */
export async function serveStoryboard(req: Request, grant: PlaybackGrant, ext: string): Promise<Response> {
  const { asset } = grant;
  const aspect = asset.maxWidth && asset.maxHeight ? asset.maxWidth / asset.maxHeight : 16 / 9;
  const plan = planStoryboard(asset.duration ?? 1, aspect);
  const spriteExt = ext === "webp" ? "webp" : "jpg";
  const cache = cacheControl("image", grant.signed);
  if (ext === "jpg" || ext === "webp") {
    const key = await renderImageOnDemand(asset, {
      kind: "storyboard", params: plan, ext: spriteExt,
      job: (input, output) => ({ type: "storyboard", input, output, intervalSeconds: plan.interval, columns: plan.columns, rows: plan.rows, tileWidth: plan.tileWidth, tileHeight: plan.tileHeight }),
    });
    return respondWithObject(req, key, { cacheControl: cache, contentType: spriteExt === "webp" ? "image/webp" : "image/jpeg" });
  }
  const token = new URL(req.url).searchParams.get("token");
  const sprite = `${deliveryUrls.image(grant.playbackId.id, `storyboard.${spriteExt}`)}${token ? `?token=${token}` : ""}`;
  const tiles = Array.from({ length: plan.count }, (_, i) => ({
    start: i * plan.interval,
    x: (i % plan.columns) * plan.tileWidth,
    y: Math.floor(i / plan.columns) * plan.tileHeight,
  }));
  if (ext === "json") {
    const body = JSON.stringify({ url: sprite, tile_width: plan.tileWidth, tile_height: plan.tileHeight, duration: asset.duration ?? 0, tiles });
    return respondWithBytes(req, body, { contentType: "application/json", cacheControl: cache });
  }
  const cues = tiles.map((t, i) => {
    const end = i + 1 < tiles.length ? tiles[i + 1]!.start : (asset.duration ?? t.start + plan.interval);
    return `${vttTime(t.start)} --> ${vttTime(end)}\n${sprite}#xywh=${t.x},${t.y},${plan.tileWidth},${plan.tileHeight}`;
  });
  return respondWithBytes(req, `WEBVTT\n\n${cues.join("\n\n")}\n`, { contentType: "text/vtt", cacheControl: cache });
}

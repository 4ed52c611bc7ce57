import { AppError, notFound } from "@/server/errors";
import { authorizePlayback } from "@/server/playback/authorize-playback";
import { cacheControl } from "./cache-policies";
import { animatedParamsSchema, collectImageParams, thumbnailParamsSchema } from "./image-params";
import { renderImageOnDemand } from "./render-image-on-demand";
import { respondWithObject } from "./respond-with-object";
import { serveStoryboard } from "./serve-storyboard";

const imageTypes: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp", gif: "image/gif" };

/**
 * GET /image/{playbackId}/{file}: thumbnail.{jpg|png|webp}, animated.{gif|webp},
 * storyboard.{vtt|json|jpg}. Rendered once by a worker, then served from the image cache.
 */
export async function serveImage(req: Request, playbackId: string, file: string): Promise<Response> {
  const url = new URL(req.url);
  const match = /^(thumbnail|animated|storyboard)\.([a-z]+)$/.exec(file);
  if (!match) throw notFound("Image");
  const [, kind, ext] = match as unknown as [string, "thumbnail" | "animated" | "storyboard", string];
  const allowed = { thumbnail: ["jpg", "png", "webp"], animated: ["gif", "webp"], storyboard: ["vtt", "json", "jpg", "webp"] }[kind];
  if (!allowed.includes(ext)) throw new AppError({ code: "invalid_parameters", message: `${kind} is served as ${allowed.join(", ")}` });

  const audience = kind === "thumbnail" ? "t" : kind === "animated" ? "g" : "s";
  const grant = await authorizePlayback({ playbackId, audience, token: url.searchParams.get("token"), headers: req.headers });
  const { asset } = grant;
  if (kind === "storyboard") return serveStoryboard(req, grant, ext);
  const duration = asset.duration ?? undefined;

  let key: string;
  if (kind === "thumbnail") {
    const p = thumbnailParamsSchema.parse(collectImageParams(url, grant.claims, ["time", "width", "height", "fit_mode"]));
    // Mux's default is the middle of the video; a time past the end shows the last frame.
    const time = Math.max(0, Math.min(p.time ?? (duration ?? 0) / 2, duration ? duration - 0.1 : Infinity));
    const params = { time, width: p.width, height: p.height, fit: p.fit_mode, ext };
    key = await renderImageOnDemand(asset, {
      kind, params, ext,
      job: (input, output) => ({ type: "thumbnail", input, output, atSeconds: time, width: p.width, height: p.height, fit: p.fit_mode }),
    });
  } else {
    const p = animatedParamsSchema.parse(collectImageParams(url, grant.claims, ["start", "end", "width", "height", "fps"]));
    const start = duration ? Math.min(p.start, Math.max(duration - 0.5, 0)) : p.start;
    const end = Math.min(p.end ?? start + 5, duration ?? Infinity, start + 10);
    const width = p.width ?? (p.height ? undefined : 320);
    const params = { start, end, width, height: p.height, fps: p.fps, ext };
    key = await renderImageOnDemand(asset, {
      kind, params, ext,
      job: (input, output) => ({ type: "animated", input, output, startSeconds: start, durationSeconds: Math.max(end - start, 0.1), fps: p.fps, width, height: p.height }),
    });
  }
  return respondWithObject(req, key, { cacheControl: cacheControl("image", grant.signed), contentType: imageTypes[ext] });
}

import { AppError } from "@/server/errors";
import { authorizeAnyPlayback } from "./authorize-playback";

export type EmbedAccess =
  | { state: "ok"; title: string | null; assetId: string | null; liveStreamId: string | null; durationMs: number | null; aspectRatio: number | null }
  | { state: "not_found" }
  | { state: "forbidden"; message: string };

/**
 * What the /embed page may show for a playback ID: the same gate as the stream itself (signed
 * token for audience "v", playback restrictions on Referer/User-Agent), answered as a state the
 * page renders instead of an error.
 */
export async function checkEmbedAccess(input: { playbackId: string; token: string | null; headers: Headers }): Promise<EmbedAccess> {
  try {
    const grant = await authorizeAnyPlayback({ playbackId: input.playbackId, audience: "v", token: input.token, headers: input.headers });
    const { asset, liveStream } = grant;
    if (!asset) {
      const height = liveStream?.health?.height;
      const ratio = liveStream?.health?.width && height ? liveStream.health.width / height : null;
      return { state: "ok", title: null, assetId: null, liveStreamId: liveStream?.id ?? null, durationMs: null, aspectRatio: ratio };
    }
    const ratio = asset.maxWidth && asset.maxHeight ? asset.maxWidth / asset.maxHeight : null;
    return {
      state: "ok",
      title: asset.meta.title || null,
      assetId: asset.id,
      liveStreamId: asset.liveStreamId,
      durationMs: asset.duration ? Math.round(asset.duration * 1000) : null,
      aspectRatio: ratio,
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return { state: "not_found" };
    if (error instanceof AppError && error.code === "forbidden") return { state: "forbidden", message: error.message };
    throw error;
  }
}

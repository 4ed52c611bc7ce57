import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { notFound } from "@/server/errors";
import { authorizeAnyPlayback } from "@/server/playback/authorize-playback";
import { createPlaybackSession } from "@/server/playback/create-playback-session";
import { cacheControl } from "./cache-policies";
import { deliveryUrls } from "./delivery-urls";
import { notReadyError } from "./not-ready-error";
import { readStoredText } from "./read-stored-text";
import { respondWithBytes } from "./respond-with-bytes";
import { rewritePlaylist } from "./rewrite-playlist";
import { serveLivePlayback } from "./serve-live-playback";

/**
 * GET /stream/{playbackId}.m3u8: the stored master with child URIs made absolute under
 * /stream/{playbackId}/. For a signed playback ID a verified `?token=` opens a playback session
 * whose token is appended to every child URI.
 */
export async function serveMasterPlaylist(req: Request, playbackId: string): Promise<Response> {
  const url = new URL(req.url);
  const any = await authorizeAnyPlayback({ playbackId, audience: "v", token: url.searchParams.get("token"), headers: req.headers });
  if (any.liveStream) return serveLivePlayback(req, { ...any, liveStream: any.liveStream }, "index.m3u8", null);
  const grant = { ...any, asset: any.asset! };
  const { asset } = grant;
  const master = asset.status === "errored" ? null : await readStoredText(assetStorageKeys.hlsMaster(asset.id));
  if (master === null) {
    if (asset.status === "ready") throw notFound("Playlist");
    throw notReadyError(asset);
  }
  const session = grant.claims
    ? createPlaybackSession({ playbackId, tokenExpiresAt: grant.claims.exp, restrictionId: grant.restrictionId }).token
    : undefined;
  const body = rewritePlaylist(master, { prefix: deliveryUrls.streamChild(playbackId), query: session ? `session=${session}` : undefined });
  const growing = asset.status !== "ready";
  return respondWithBytes(req, body, {
    contentType: "application/vnd.apple.mpegurl",
    cacheControl: cacheControl(growing ? "growingPlaylist" : "playlist", grant.signed),
  });
}

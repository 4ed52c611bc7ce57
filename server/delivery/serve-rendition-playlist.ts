import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { notFound } from "@/server/errors";
import type { PlaybackGrant } from "@/server/playback/authorize-playback";
import { cacheControl } from "./cache-policies";
import { readStoredText } from "./read-stored-text";
import { respondWithBytes } from "./respond-with-bytes";
import { rewritePlaylist } from "./rewrite-playlist";

/**
 * GET /stream/{playbackId}/{rendition}/index.m3u8: segment URIs stay relative (they resolve next
 * to this playlist); a signed session's token is appended to each, EXT-X-MAP included.
 */
export async function serveRenditionPlaylist(req: Request, grant: PlaybackGrant, rendition: string, sessionToken: string | null): Promise<Response> {
  const playlist = await readStoredText(`${assetStorageKeys.hlsRendition(grant.asset.id, rendition)}index.m3u8`);
  if (playlist === null) throw notFound("Rendition");
  // A signed request here came in with a session (or a token): carry the same credential on.
  const credential = grant.session && sessionToken ? `session=${sessionToken}` : grant.claims ? `token=${new URL(req.url).searchParams.get("token")}` : undefined;
  const body = rewritePlaylist(playlist, { query: grant.signed ? credential : undefined });
  const growing = grant.asset.status !== "ready" || !playlist.includes("#EXT-X-ENDLIST");
  return respondWithBytes(req, body, {
    contentType: "application/vnd.apple.mpegurl",
    cacheControl: cacheControl(growing ? "growingPlaylist" : "playlist", grant.signed),
  });
}

import type { liveStreams } from "@/server/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { AnyPlaybackGrant } from "@/server/playback/authorize-playback";
import { createPlaybackSession } from "@/server/playback/create-playback-session";
import { deliveryUrls } from "./delivery-urls";
import { rewritePlaylist } from "./rewrite-playlist";

const livePath = /^(?:[A-Za-z0-9_-]{1,64}\.m3u8|[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9_.-]{1,64}\.(?:m4s|mp4))$/;
/** The query parameters of LL-HLS blocking and delta requests; everything else stays here. */
const forwarded = ["_HLS_msn", "_HLS_part", "_HLS_skip"];
const passHeaders = ["content-type", "cache-control", "content-length", "etag", "last-modified"];

type LiveGrant = AnyPlaybackGrant & { liveStream: typeof liveStreams.$inferSelect };

/**
 * A live stream's playlists, parts and segments: proxied from the live origin of the ingest node
 * that holds the session (live_streams.origin_url), with blocking-reload parameters passed on.
 * Playlists get the same treatment as VOD: the master's children under /stream/{playbackId}/, and
 * a signed playback ID's session token appended to every child URI.
 */
export async function serveLivePlayback(req: Request, grant: LiveGrant, path: string, session: string | null): Promise<Response> {
  const { liveStream } = grant;
  if (!livePath.test(path) && path !== "index.m3u8") throw notFound("File");
  if (!liveStream.originUrl) throw idle(liveStream.status);
  const query = new URLSearchParams();
  const incoming = new URL(req.url).searchParams;
  for (const name of forwarded) if (incoming.has(name)) query.set(name, incoming.get(name)!);
  const target = `${liveStream.originUrl.replace(/\/+$/, "")}/live/${liveStream.id}/${path}${query.size ? `?${query}` : ""}`;
  let upstream: Response;
  try {
    upstream = await fetch(target, { cache: "no-store", signal: req.signal, headers: { accept: req.headers.get("accept") ?? "*/*" } });
  } catch (error) {
    if (req.signal.aborted) throw error;
    throw new AppError({ code: "unavailable", message: "The live stream's ingest node is not reachable; try again shortly" });
  }
  // The node no longer holds the session (ended and dropped, or the node restarted).
  if (upstream.status === 404) throw idle(liveStream.status);
  const headers = new Headers();
  for (const name of passHeaders) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (grant.signed) headers.set("cache-control", (headers.get("cache-control") ?? "no-cache").replace(/\bpublic\b/, "private"));
  headers.set("access-control-allow-origin", "*");
  if (!path.endsWith(".m3u8") || !upstream.ok) return new Response(upstream.body, { status: upstream.status, headers });

  const sessionToken = session ?? (grant.claims ? createPlaybackSession({ playbackId: grant.playbackId.id, tokenExpiresAt: grant.claims.exp, restrictionId: grant.restrictionId }).token : null);
  const body = rewritePlaylist(await upstream.text(), {
    // The master sits at /stream/{id}.m3u8, its children one level down; media playlists are already there.
    prefix: path === "index.m3u8" ? deliveryUrls.streamChild(grant.playbackId.id) : undefined,
    query: sessionToken ? `session=${sessionToken}` : undefined,
  });
  headers.delete("content-length");
  return new Response(body, { status: upstream.status, headers });
}

function idle(status: string): AppError {
  return new AppError({
    code: "not_ready",
    message: status === "disabled" ? "This live stream is disabled" : "This live stream is not live right now; it plays once its publisher connects",
  });
}

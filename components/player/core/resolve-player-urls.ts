export interface PlayerSource {
  playbackId?: string;
  /** A full playlist URL instead of a playback ID (e.g. a signed URL). */
  src?: string;
  /** Signed playback: the JWT for the stream (aud "v"). */
  token?: string;
  /** Signed playback: separate JWTs for the poster (aud "t") and storyboard (aud "s"). */
  thumbnailToken?: string;
  storyboardToken?: string;
  /** Origins of /stream and /image when they are on a CDN; default the page's own origin. */
  streamBaseUrl?: string;
  imageBaseUrl?: string;
  /** Overrides the thumbnail poster; "" disables it. */
  poster?: string;
}

const withToken = (url: string, token?: string) => (token ? `${url}${url.includes("?") ? "&" : "?"}token=${encodeURIComponent(token)}` : url);
const trim = (base = "") => base.replace(/\/+$/, "");

/**
 * The URLs the player loads. A signed source (token given) gets a poster or storyboard only when
 * its own token is given too: the stream token's audience does not open images.
 */
export function resolvePlayerUrls(source: PlayerSource): { stream: string | null; poster: string | null; storyboard: string | null } {
  const id = source.playbackId;
  const signed = Boolean(source.token) || /[?&]token=/.test(source.src ?? "");
  const stream = source.src ?? (id ? withToken(`${trim(source.streamBaseUrl)}/stream/${id}.m3u8`, source.token) : null);
  const image = (file: string, token?: string) => (id && (!signed || token) ? withToken(`${trim(source.imageBaseUrl)}/image/${id}/${file}`, token) : null);
  const poster = source.poster !== undefined ? source.poster || null : image("thumbnail.jpg", source.thumbnailToken);
  return { stream, poster, storyboard: image("storyboard.vtt", source.storyboardToken) };
}

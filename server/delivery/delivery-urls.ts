import { env } from "@/server/env";

const trim = (url: string) => url.replace(/\/+$/, "");

/**
 * Where /stream and /image are reachable. With STREAM_BASE_URL / IMAGE_BASE_URL (a CDN) URLs are
 * absolute; without, they are root-relative paths on the app's own origin, which players resolve
 * against the playlist they came from.
 */
export const deliveryUrls = {
  streamBase: () => (env.STREAM_BASE_URL ? trim(env.STREAM_BASE_URL) : ""),
  imageBase: () => (env.IMAGE_BASE_URL ? trim(env.IMAGE_BASE_URL) : ""),
  master: (playbackId: string) => `${deliveryUrls.streamBase()}/stream/${playbackId}.m3u8`,
  /** The prefix child playlists of a master live under. */
  streamChild: (playbackId: string) => `${deliveryUrls.streamBase()}/stream/${playbackId}/`,
  staticRendition: (playbackId: string, file: string) => `${deliveryUrls.streamBase()}/stream/${playbackId}/${file}`,
  image: (playbackId: string, file: string) => `${deliveryUrls.imageBase()}/image/${playbackId}/${file}`,
} as const;

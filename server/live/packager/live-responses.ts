import { type ErrorCode, errorCodes } from "@/server/errors";
import type { LiveResponse } from "./live-packager-types";

/** Playlists change under their URL; a blocking request's URL names the state it waited for. */
export const playlistResponse = (body: string, blocking: boolean): LiveResponse => ({
  status: 200,
  headers: { "Content-Type": "application/vnd.apple.mpegurl", "Cache-Control": blocking ? "public, max-age=1" : "no-cache" },
  body,
});

/**
 * Parts, segments and inits never change within a session; the cache stays short because a later
 * session of the same stream numbers its segments from 0 again under the same path.
 */
export const mediaResponse = (body: Uint8Array, contentType: "video/mp4" | "video/iso.segment"): LiveResponse => ({
  status: 200,
  headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=60" },
  body,
});

/** Mux-shaped error JSON, never cached. */
export function liveError(code: ErrorCode, message: string, headers: Record<string, string> = {}): LiveResponse {
  return {
    status: errorCodes[code].status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers },
    body: JSON.stringify({ error: { type: code, messages: [message] } }),
  };
}

import { createHmac } from "node:crypto";
import { getPlaybackSessionSecret } from "./get-playback-session-secret";

/** Sessions outlive the page load that started them, but not a long-lived token. */
const MAX_SESSION_SECONDS = 6 * 3600;

export interface PlaybackSession {
  playbackId: string;
  /** Unix seconds. */
  expiresAt: number;
  /** The token's playback restriction, re-checked on every child request. */
  restrictionId?: string;
}

export const signSessionPayload = (payload: string) => createHmac("sha256", getPlaybackSessionSecret()).update(payload).digest("base64url");

/**
 * A short HMAC token minted when a signed master playlist is served: appended to every child URI,
 * it authorizes that playback ID's rendition playlists and segments (and nothing else) until it
 * expires, never later than the JWT that opened the session.
 */
export function createPlaybackSession(input: { playbackId: string; tokenExpiresAt: number; restrictionId?: string }): { token: string; session: PlaybackSession } {
  const expiresAt = Math.min(input.tokenExpiresAt, Math.floor(Date.now() / 1000) + MAX_SESSION_SECONDS);
  const payload = [input.playbackId, expiresAt, input.restrictionId ?? ""].join(".");
  const token = `${Buffer.from(payload).toString("base64url")}.${signSessionPayload(payload)}`;
  return { token, session: { playbackId: input.playbackId, expiresAt, restrictionId: input.restrictionId } };
}

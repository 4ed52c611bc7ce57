import { timingSafeEqual } from "node:crypto";
import type { PlaybackSession } from "./create-playback-session";
import { signSessionPayload } from "./create-playback-session";

/** The session a `?session=` token carries, if it is genuine, unexpired and for this playback ID. */
export function verifyPlaybackSession(token: string | null | undefined, playbackId: string): PlaybackSession | null {
  if (!token) return null;
  const [encoded, mac] = token.split(".");
  if (!encoded || !mac) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(signSessionPayload(payload));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [id, exp, restrictionId] = payload.split(".");
  const expiresAt = Number(exp);
  if (id !== playbackId || !Number.isFinite(expiresAt) || expiresAt * 1000 <= Date.now()) return null;
  return { playbackId: id, expiresAt, restrictionId: restrictionId || undefined };
}

import { hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/server/env";

let secret: Buffer | null = null;

/**
 * PLAYBACK_SESSION_SECRET, else a key derived from NEXTAUTH_SECRET (npm start always sets one).
 * With neither (unit tests, a bare `next dev`) a per-process random key: sessions then only hold
 * within this process, which is all such a setup has.
 */
export function getPlaybackSessionSecret(): Buffer {
  if (secret) return secret;
  const base = env.PLAYBACK_SESSION_SECRET ?? env.NEXTAUTH_SECRET;
  if (!base && env.NODE_ENV === "production") throw new Error("Set PLAYBACK_SESSION_SECRET or NEXTAUTH_SECRET for signed playback");
  const ikm = base ? Buffer.from(base) : randomBytes(32);
  secret = Buffer.from(hkdfSync("sha256", ikm, Buffer.alloc(0), "keyframe playback sessions", 32));
  return secret;
}

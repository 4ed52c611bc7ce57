import { createPrivateKey, sign } from "node:crypto";
import { AppError } from "@/server/errors";
import type { PlaybackAudience } from "./schemas";

const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/** Accepts the key as Mux hands it out (base64 of a PEM) or as a PEM. */
function readPrivateKey(privateKey: string) {
  const text = privateKey.trim();
  const pem = text.startsWith("-----BEGIN") ? text : Buffer.from(text, "base64").toString("utf8");
  try {
    return createPrivateKey(pem);
  } catch {
    throw new AppError({ code: "invalid_parameters", message: "The private key is not a valid RSA private key (base64 PEM or PEM)" });
  }
}

/**
 * Signs a playback token as Mux's SDKs do: RS256, `kid` = signing key id, `sub` = playback id,
 * `aud` = v|t|g|s, `exp`; extra claims (image parameters, playback_restriction_id) ride along.
 */
export function signPlaybackToken(input: {
  keyId: string;
  privateKey: string;
  playbackId: string;
  audience: PlaybackAudience;
  expiresInSeconds?: number;
  claims?: Record<string, string | number | boolean>;
}): string {
  const key = readPrivateKey(input.privateKey);
  const header = { alg: "RS256", typ: "JWT", kid: input.keyId };
  const exp = Math.floor(Date.now() / 1000) + (input.expiresInSeconds ?? 3600);
  const payload = { ...input.claims, sub: input.playbackId, aud: input.audience, exp };
  const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return `${signingInput}.${b64url(sign("RSA-SHA256", Buffer.from(signingInput), key))}`;
}

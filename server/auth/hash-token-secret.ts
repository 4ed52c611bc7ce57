import { createHash } from "node:crypto";

/**
 * Token secrets are 48 random base62 characters (~285 bits), so a fast SHA-256 is enough to make a
 * leaked table useless; a slow KDF (as for passwords) would cost ~50 ms on every API request.
 */
export function hashTokenSecret(secret: string): string {
  return `sha256$${createHash("sha256").update(secret).digest("base64url")}`;
}

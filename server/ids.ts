import { randomBytes } from "node:crypto";

const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A random URL-safe id (base62, ~143 bits for the default length), shaped like Mux's. */
export function newId(length = 24): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  for (let i = 0; i < bytes.length && out.length < length; i++) {
    const b = bytes[i]!;
    if (b < 248) out += alphabet[b % 62];
  }
  return out;
}

/** A longer random secret, for access tokens and webhook signing secrets. */
export function newSecret(length = 48): string {
  return newId(length);
}

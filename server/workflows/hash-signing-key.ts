import { createHash } from "node:crypto";

/** The Bearer token the SDK sends when it registers: the key's prefix plus SHA-256 of its hex bytes. */
export function hashSigningKey(signingKey: string): string {
  const prefix = signingKey.match(/^signkey-[\w]+-/)?.[0] ?? "";
  const hex = signingKey.slice(prefix.length);
  return `${prefix}${createHash("sha256").update(Buffer.from(hex, "hex")).digest("hex")}`;
}

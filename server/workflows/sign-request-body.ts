import { createHmac } from "node:crypto";

const keyPrefix = /^signkey-[\w]+-/;

/**
 * The `x-inngest-signature` header value for a request body, as Inngest computes it: HMAC-SHA256
 * keyed with the signing key (prefix removed) over the body followed by the unix timestamp.
 */
export function signRequestBody(body: string, signingKey: string, now: Date = new Date()): string {
  const ts = Math.round(now.getTime() / 1000).toString();
  const mac = createHmac("sha256", signingKey.replace(keyPrefix, "")).update(body).update(ts).digest("hex");
  return `t=${ts}&s=${mac}`;
}

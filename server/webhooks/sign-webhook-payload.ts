import { createHmac } from "node:crypto";

/**
 * Mux's webhook signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` keyed
 * with the endpoint's secret (as UTF-8), so Mux's SDK helpers and verification snippets accept it.
 */
export function signWebhookPayload(input: { body: string; secret: string; timestamp?: number }): string {
  const t = input.timestamp ?? Math.floor(Date.now() / 1000);
  const v1 = createHmac("sha256", input.secret).update(`${t}.${input.body}`).digest("hex");
  return `t=${t},v1=${v1}`;
}

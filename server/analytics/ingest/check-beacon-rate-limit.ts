import { AppError } from "@/server/errors";

// Per client IP token bucket: 50 requests/s sustained, bursts of 200. A player sends a batch about
// every 10 s, so only floods hit it. In memory per process: a cheap first line, not a firewall.
const RATE_PER_SECOND = 50;
const BURST = 200;
const buckets = new Map<string, { tokens: number; at: number }>();

/** Throws rate_limited (429) when this address has spent its burst. */
export function checkBeaconRateLimit(address: string, now = Date.now()): void {
  if (buckets.size > 100_000) buckets.clear();
  const b = buckets.get(address) ?? { tokens: BURST, at: now };
  b.tokens = Math.min(BURST, b.tokens + ((now - b.at) / 1000) * RATE_PER_SECOND);
  b.at = now;
  buckets.set(address, b);
  if (b.tokens < 1) throw new AppError({ code: "rate_limited", message: "Too many beacon requests from this address" });
  b.tokens -= 1;
}

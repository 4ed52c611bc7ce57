import { AppError } from "@/server/errors";
import type { playbackRestrictions } from "@/server/db/schema";
import { isHighRiskUserAgent } from "./is-high-risk-user-agent";

type Restriction = Pick<typeof playbackRestrictions.$inferSelect, "referrer" | "userAgent">;

const refuse = (message: string) => new AppError({ code: "forbidden", message });

function hostOf(referrer: string): string | null {
  try {
    return new URL(referrer).host.toLowerCase();
  } catch {
    return null;
  }
}

/** `*` matches any host; `*.example.com` any subdomain of it (not example.com itself, as on Mux). */
export function matchesAllowedDomain(host: string, pattern: string): boolean {
  if (pattern === "*") return true;
  const bare = host.replace(/:\d+$/, "");
  if (pattern.startsWith("*.")) return bare.endsWith(pattern.slice(1).replace(/:\d+$/, "")) || host.endsWith(pattern.slice(1));
  return pattern.includes(":") ? host === pattern : bare === pattern;
}

/** Throws 403 when the request's Referer or User-Agent is not allowed by the restriction. */
export function checkPlaybackRestriction(restriction: Restriction, request: { referrer: string | null; userAgent: string | null }): void {
  const { referrer, userAgent } = restriction;
  if (!request.referrer) {
    if (!referrer.allow_no_referrer) throw refuse("Playback from this referrer is not allowed");
  } else {
    const host = hostOf(request.referrer);
    if (!host || !referrer.allowed_domains.some((pattern) => matchesAllowedDomain(host, pattern))) {
      throw refuse("Playback from this referrer is not allowed");
    }
  }
  if (!request.userAgent) {
    if (!userAgent.allow_no_user_agent) throw refuse("Playback without a user agent is not allowed");
  } else if (!userAgent.allow_high_risk_user_agent && isHighRiskUserAgent(request.userAgent)) {
    throw refuse("Playback from this user agent is not allowed");
  }
}

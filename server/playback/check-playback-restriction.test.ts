import { describe, expect, it } from "vitest";
import { checkPlaybackRestriction, matchesAllowedDomain } from "./check-playback-restriction";

describe("playback restrictions", () => {
  it("matches wildcard domains on subdomains only, and exact domains exactly", () => {
    expect(matchesAllowedDomain("a.example.com", "*.example.com")).toBe(true);
    expect(matchesAllowedDomain("a.b.example.com", "*.example.com")).toBe(true);
    expect(matchesAllowedDomain("example.com", "*.example.com")).toBe(false);
    expect(matchesAllowedDomain("badexample.com", "*.example.com")).toBe(false);
    expect(matchesAllowedDomain("example.com:8443", "example.com")).toBe(true);
    expect(matchesAllowedDomain("anything.test", "*")).toBe(true);
  });

  it("refuses a missing referrer or a high-risk user agent unless allowed", () => {
    const restriction = {
      referrer: { allowed_domains: ["example.com"], allow_no_referrer: false },
      userAgent: { allow_no_user_agent: false, allow_high_risk_user_agent: false },
    };
    const ua = "Mozilla/5.0 Chrome/130";
    expect(() => checkPlaybackRestriction(restriction, { referrer: "https://example.com/x", userAgent: ua })).not.toThrow();
    expect(() => checkPlaybackRestriction(restriction, { referrer: null, userAgent: ua })).toThrow(/referrer/);
    expect(() => checkPlaybackRestriction(restriction, { referrer: "https://example.com/", userAgent: null })).toThrow(/user agent/);
    expect(() => checkPlaybackRestriction(restriction, { referrer: "https://example.com/", userAgent: "Wget/1.21" })).toThrow(/user agent/);
    const lenient = { ...restriction, referrer: { allowed_domains: [], allow_no_referrer: true } };
    expect(() => checkPlaybackRestriction(lenient, { referrer: null, userAgent: ua })).not.toThrow();
  });
});

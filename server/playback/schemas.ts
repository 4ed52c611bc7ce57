/**
 * Mux-shaped request schemas for playback IDs, signing keys and playback restrictions. Each is
 * the REST body and the tRPC input; updates derive from the create schemas.
 */
import { z } from "zod";
import { playbackPolicySchema } from "@/server/assets/schemas";

export const createPlaybackIdSchema = z.object({ policy: playbackPolicySchema.default("public") }).strict();

/** A host name, optionally with a leading `*.` wildcard, or `*` alone (any referrer). */
const allowedDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?)$/, "allowed_domains entries are host names like example.com or *.example.com");

export const referrerRestrictionSchema = z
  .object({ allowed_domains: z.array(allowedDomainSchema).max(100).default([]), allow_no_referrer: z.boolean().default(false) })
  .strict();

export const userAgentRestrictionSchema = z
  .object({ allow_no_user_agent: z.boolean().default(true), allow_high_risk_user_agent: z.boolean().default(true) })
  .strict();

export const createPlaybackRestrictionSchema = z
  .object({
    referrer: referrerRestrictionSchema.default({ allowed_domains: [], allow_no_referrer: false }),
    user_agent: userAgentRestrictionSchema.default({ allow_no_user_agent: true, allow_high_risk_user_agent: true }),
  })
  .strict();

/** What a signed URL may carry in its token; the console's URL generator fills the same fields. */
export const playbackAudiences = { video: "v", thumbnail: "t", gif: "g", storyboard: "s" } as const;
export type PlaybackAudience = (typeof playbackAudiences)[keyof typeof playbackAudiences];
export const playbackAudienceSchema = z.enum(["v", "t", "g", "s"]);

export type CreatePlaybackRestrictionInput = z.input<typeof createPlaybackRestrictionSchema>;
export type ReferrerRestriction = z.output<typeof referrerRestrictionSchema>;
export type UserAgentRestriction = z.output<typeof userAgentRestrictionSchema>;

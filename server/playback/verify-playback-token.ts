import { createPublicKey, verify } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { signingKeys } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import type { PlaybackAudience } from "./schemas";

export type PlaybackClaims = { sub: string; aud: string; exp: number; kid: string } & Record<string, unknown>;

/**
 * Which check failed stays on the server: a caller learns only "missing", "expired" (checked after
 * the signature, so it cannot be probed with forged tokens) or "invalid".
 */
const refuse = (message: string, reason: string) => new AppError({ code: "forbidden", message, cause: new Error(reason) });
const invalid = (reason: string) => refuse("Invalid playback token", reason);

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Verifies a signed-playback JWT against the signing keys of the playback ID's workspace. */
export async function verifyPlaybackToken(input: {
  token: string | null | undefined;
  playbackId: string;
  workspaceId: string;
  audience: PlaybackAudience;
}): Promise<PlaybackClaims> {
  if (!input.token) throw refuse("A signed playback token is required", "missing");
  const parts = input.token.split(".");
  if (parts.length !== 3) throw invalid("not a JWT");
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart);
  const payload = decodeJson(payloadPart);
  if (!header || !payload) throw invalid("undecodable");
  // Mux documents kid in the header; @mux/mux-node's jwt helper puts it in the claims. Accept both.
  const kid = typeof header.kid === "string" ? header.kid : payload.kid;
  if (header.alg !== "RS256" || typeof kid !== "string") throw invalid("alg or kid");

  const db = await getDb();
  const key = await db.query.signingKeys.findFirst({ where: and(eq(signingKeys.id, kid), eq(signingKeys.workspaceId, input.workspaceId)) });
  if (!key) throw invalid("unknown kid for this workspace");
  const ok = verify("RSA-SHA256", Buffer.from(`${headerPart}.${payloadPart}`), createPublicKey(key.publicKey), Buffer.from(signaturePart, "base64url"));
  if (!ok) throw invalid("bad signature");

  if (payload.sub !== input.playbackId) throw invalid("sub");
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!aud.includes(input.audience)) throw invalid("aud");
  if (typeof payload.exp !== "number") throw invalid("exp missing");
  if (payload.exp * 1000 <= Date.now()) throw refuse("Playback token expired", "expired");
  return { ...payload, sub: payload.sub, aud: input.audience, exp: payload.exp, kid };
}

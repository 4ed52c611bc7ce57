import { AppError, notFound } from "@/server/errors";
import { checkPlaybackRestriction } from "./check-playback-restriction";
import type { PlaybackSession } from "./create-playback-session";
import { findPlaybackTarget } from "./find-playback-target";
import { getPlaybackRestrictionOrThrow } from "./get-playback-restriction-or-throw";
import type { PlaybackAudience } from "./schemas";
import { verifyPlaybackSession } from "./verify-playback-session";
import { verifyPlaybackToken, type PlaybackClaims } from "./verify-playback-token";

export interface PlaybackRequest {
  playbackId: string;
  audience: PlaybackAudience;
  /** `?token=` – a signed JWT. */
  token: string | null;
  /** `?session=` – only child playlists and segments pass it; everything else ignores it. */
  session?: string | null;
  headers: Headers;
}

type Target = Awaited<ReturnType<typeof findPlaybackTarget>>;

/** A grant for an asset's playback ID (VOD delivery and images). */
export type PlaybackGrant = Omit<AnyPlaybackGrant, "asset"> & { asset: NonNullable<Target["asset"]> };

/** A grant for any playback ID: an asset's or a live stream's. */
export type AnyPlaybackGrant = Target & {
  signed: boolean;
  claims: PlaybackClaims | null;
  session: PlaybackSession | null;
  /** The restriction that was enforced; a session minted from this grant keeps enforcing it. */
  restrictionId: string | undefined;
};

/**
 * The gate in front of every /stream and /image response: the playback ID must exist (404), a
 * signed one needs a valid JWT for the audience or, for HLS children, a valid session (403), and
 * a playback restriction (named by the token, the session, or set on the playback ID) must allow
 * the request's Referer and User-Agent (403).
 */
export async function authorizePlayback(request: PlaybackRequest): Promise<PlaybackGrant> {
  const grant = await authorizeAnyPlayback(request);
  const { asset } = grant;
  if (!asset) throw notFound("Playback ID");
  return { ...grant, asset };
}

/** authorizePlayback for a playback ID that may name a live stream instead of an asset. */
export async function authorizeAnyPlayback(request: PlaybackRequest): Promise<AnyPlaybackGrant> {
  const target = await findPlaybackTarget(request.playbackId);
  let claims: PlaybackClaims | null = null;
  let session: PlaybackSession | null = null;
  if (target.playbackId.policy === "signed") {
    session = request.session !== undefined ? verifyPlaybackSession(request.session, request.playbackId) : null;
    if (!session) {
      claims = await verifyPlaybackToken({ token: request.token, playbackId: request.playbackId, workspaceId: target.playbackId.workspaceId, audience: request.audience });
    }
  }
  const claimed = typeof claims?.playback_restriction_id === "string" ? claims.playback_restriction_id : undefined;
  const restrictionId = claimed ?? session?.restrictionId ?? target.playbackId.playbackRestrictionId ?? undefined;
  if (restrictionId) {
    const restriction = await getPlaybackRestrictionOrThrow({ playbackRestrictionId: restrictionId, workspaceId: target.playbackId.workspaceId }).catch(() => {
      throw new AppError({ code: "forbidden", message: "Invalid playback token" });
    });
    checkPlaybackRestriction(restriction, { referrer: request.headers.get("referer"), userAgent: request.headers.get("user-agent") });
  }
  return { ...target, signed: target.playbackId.policy === "signed", claims, session, restrictionId };
}

import { z } from "zod";
import { getPlaybackUrls } from "@/server/delivery/get-playback-urls";
import { getPlaybackIdOrThrow } from "./get-playback-id-or-throw";
import { getSigningKeyOrThrow } from "./get-signing-key-or-throw";
import { playbackAudienceSchema } from "./schemas";
import { signPlaybackToken } from "./sign-playback-token";

export const signPlaybackUrlSchema = z.object({
  playbackId: z.string().min(1),
  signingKeyId: z.string().min(1),
  /** Used for this one signature and dropped: never stored or logged. */
  privateKey: z.string().min(100, "Paste the whole private key (base64 or PEM)"),
  audience: playbackAudienceSchema.default("v"),
  expiresInSeconds: z.number().int().min(60).max(30 * 86400).default(3600),
  playbackRestrictionId: z.string().min(1).optional(),
});

const fileFor = { v: "stream", t: "thumbnail", g: "gif", s: "storyboard" } as const;

/** The console's signed-URL generator: a URL for one of the workspace's playback IDs, signed server-side. */
export async function signPlaybackUrl(input: { workspaceId: string } & z.input<typeof signPlaybackUrlSchema>) {
  const q = signPlaybackUrlSchema.parse(input);
  await getPlaybackIdOrThrow({ playbackId: q.playbackId, workspaceId: input.workspaceId });
  await getSigningKeyOrThrow({ signingKeyId: q.signingKeyId, workspaceId: input.workspaceId });
  const token = signPlaybackToken({
    keyId: q.signingKeyId,
    privateKey: q.privateKey,
    playbackId: q.playbackId,
    audience: q.audience,
    expiresInSeconds: q.expiresInSeconds,
    claims: q.playbackRestrictionId ? { playback_restriction_id: q.playbackRestrictionId } : undefined,
  });
  const base = getPlaybackUrls(q.playbackId)[fileFor[q.audience]];
  return { url: `${base}?token=${token}`, token, expiresAt: new Date(Date.now() + q.expiresInSeconds * 1000) };
}

import { z } from "zod";

const flag = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v[0] : v))
  .transform((v) => (v === undefined ? undefined : v === "" || v === "1" || v === "true"));
const text = (max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v[0] : v))
    .transform((v) => (v && v.length <= max ? v : undefined));

/** The /embed query: ?token, thumbnail_token, storyboard_token, autoplay, muted, loop, start (s), primary_color. */
const embedParamsSchema = z.object({
  token: text(4096),
  thumbnail_token: text(4096),
  storyboard_token: text(4096),
  autoplay: flag,
  muted: flag,
  loop: flag,
  start: text(12).transform((v) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : undefined)),
  primary_color: text(32).transform((v) => (v && /^#?([0-9a-f]{3,8}|[a-z]{3,20})$/i.test(v) ? v : undefined)),
});

export function parseEmbedParams(query: Record<string, string | string[] | undefined>) {
  const p = embedParamsSchema.parse(query);
  return {
    token: p.token,
    thumbnailToken: p.thumbnail_token,
    storyboardToken: p.storyboard_token,
    autoplay: p.autoplay,
    muted: p.muted,
    loop: p.loop,
    startTime: p.start,
    primaryColor: p.primary_color,
  };
}

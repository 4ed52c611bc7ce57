/**
 * Query parameters of /image (Mux's names). For signed playback IDs the same names may come as
 * JWT claims, which win over the query string, so a signed URL cannot be re-parameterised.
 */
import { z } from "zod";

const num = (name: string) => z.coerce.number({ error: `${name} must be a number` });
const int = (name: string) => num(name).int(`${name} must be a whole number`);

export const thumbnailParamsSchema = z.object({
  time: num("time").min(0, "time must be 0 or more").optional(),
  width: int("width").min(8, "width must be at least 8").max(3840, "width must be at most 3840").optional(),
  height: int("height").min(8, "height must be at least 8").max(2160, "height must be at most 2160").optional(),
  fit_mode: z
    .enum(["preserve", "stretch", "crop", "smartcrop", "pad"], { error: "fit_mode must be preserve, stretch, crop, smartcrop or pad" })
    .default("preserve")
    // Without a face/saliency model, smartcrop is a centred crop.
    .transform((mode) => (mode === "smartcrop" ? "crop" : mode)),
});

export const animatedParamsSchema = z
  .object({
    start: num("start").min(0, "start must be 0 or more").default(0),
    end: num("end").positive("end must be after 0").optional(),
    width: int("width").min(8, "width must be at least 8").max(640, "width must be at most 640").optional(),
    height: int("height").min(8, "height must be at least 8").max(640, "height must be at most 640").optional(),
    fps: num("fps").positive("fps must be more than 0").max(30, "fps must be at most 30").default(15),
  })
  .refine((p) => p.end === undefined || p.end > p.start, { message: "end must be after start", path: ["end"] })
  .refine((p) => p.end === undefined || p.end - p.start <= 10, { message: "an animation is at most 10 seconds (end - start)", path: ["end"] });

/** Known parameters from the query string, overlaid with same-named token claims. */
export function collectImageParams(url: URL, claims: Record<string, unknown> | null, names: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const name of names) {
    const fromClaim = claims?.[name];
    const value = fromClaim !== undefined ? fromClaim : url.searchParams.get(name);
    if (value !== null && value !== undefined && value !== "") params[name] = value;
  }
  return params;
}

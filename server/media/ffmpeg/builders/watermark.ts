import { z } from "zod";
import { assetInputSchema } from "@/server/assets/schemas";

/**
 * A watermark image burned into video renditions, placed as Mux's overlay_settings say: aligned
 * to an edge or centred, margins and size in px (of the source frame) or % (of its width for
 * horizontal values, height for vertical ones), opacity in %; top-left by default, as at Mux. Applied once, before scaling, so
 * every rendition shows it at the same relative size and place.
 */
export const watermarkSchema = z.object({
  /** Storage key of the image (the worker hands builders a local path). */
  image: z.string().min(1),
  overlay: assetInputSchema.shape.overlay_settings.default({}),
});
export type Watermark = z.infer<typeof watermarkSchema>;

/** "10px" → 10, "5%" → the expression for 5% of `whole`; anything else → null. */
function length(value: string | undefined, whole: string): string | null {
  const match = value ? /^\s*(\d+(?:\.\d+)?)\s*(px|%)?\s*$/.exec(value) : null;
  if (!match) return null;
  return match[2] === "%" ? `${whole}*${Number(match[1]) / 100}` : String(Number(match[1]));
}

/**
 * The filter-graph chain overlaying input `#imageIndex` (read with `-loop 1`, ended by the video) onto `[inLabel]` as `[outLabel]`.
 * scale2ref sizes the image against the video frame, keeping its aspect when one side is given.
 */
export function buildWatermarkFilter(watermark: Watermark, imageIndex: number, inLabel: string, outLabel: string): string {
  const o = watermark.overlay;
  const opacity = Math.min(100, Math.max(0, Number(/^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(o.opacity ?? "")?.[1] ?? 100))) / 100;
  // In scale2ref (FFmpeg 5.x) iw/ih are the reference video's size and main_* the image's own.
  const width = length(o.width, "iw");
  const height = length(o.height, "ih");
  const steps = [`[${imageIndex}:v]format=rgba,colorchannelmixer=aa=${opacity}[kfwm0]`];
  let base = inLabel;
  if (width || height) {
    const w = width ?? "oh*main_a";
    const h = height ?? "ow/main_a";
    steps.push(`[kfwm0][${inLabel}]scale2ref=w='${w}':h='${h}'[kfwm1][kfwmbase]`);
    base = "kfwmbase";
  } else steps.push("[kfwm0]null[kfwm1]");
  const mx = length(o.horizontal_margin, "main_w") ?? "0";
  const my = length(o.vertical_margin, "main_h") ?? "0";
  const x = { left: mx, center: "(main_w-overlay_w)/2", right: `main_w-overlay_w-${mx}` }[o.horizontal_align ?? "left"];
  const y = { top: my, middle: "(main_h-overlay_h)/2", bottom: `main_h-overlay_h-${my}` }[o.vertical_align ?? "top"];
  steps.push(`[${base}][kfwm1]overlay=x='${x}':y='${y}':shortest=1[${outLabel}]`);
  return steps.join(";");
}

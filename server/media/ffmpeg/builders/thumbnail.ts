import fs from "node:fs/promises";
import { z } from "zod";
import { defineBuilder } from "../define-builder";

/** One still frame, scaled, as jpg/png/webp. Rotation metadata is applied (ffmpeg autorotates). */
export const thumbnailJobSchema = z.object({
  type: z.literal("thumbnail"),
  input: z.string().min(1),
  output: z.string().regex(/\.(jpe?g|png|webp)$/, "output must end in .jpg, .png or .webp"),
  atSeconds: z.number().min(0).default(0),
  width: z.number().int().min(8).max(7680).optional(),
  height: z.number().int().min(8).max(4320).optional(),
  /** With both width and height: stretch to them, fit inside (preserve), fill and cut (crop), or fit and letterbox (pad). */
  fit: z.enum(["stretch", "preserve", "crop", "pad"]).default("stretch"),
});
type ThumbnailJob = z.infer<typeof thumbnailJobSchema>;

export interface ThumbnailResult {
  width: number;
  height: number;
  format: "jpg" | "png" | "webp";
  sizeBytes: number;
}

const formatOf = (output: string): ThumbnailResult["format"] =>
  output.endsWith(".png") ? "png" : output.endsWith(".webp") ? "webp" : "jpg";

function scaleFilter(job: ThumbnailJob): string[] {
  if (job.width && job.height) {
    const [w, h] = [job.width, job.height];
    const fits: Record<ThumbnailJob["fit"], string> = {
      stretch: `scale=${w}:${h}`,
      preserve: `scale=${w}:${h}:force_original_aspect_ratio=decrease`,
      crop: `scale=${w}:${h}:force_original_aspect_ratio=increase,crop=${w}:${h}`,
      pad: `scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=black`,
    };
    return ["-vf", fits[job.fit]];
  }
  if (job.width) return ["-vf", `scale=${job.width}:-2`];
  if (job.height) return ["-vf", `scale=-2:${job.height}`];
  return [];
}

const codecArgs: Record<ThumbnailResult["format"], string[]> = {
  jpg: ["-q:v", "3"],
  png: [],
  webp: ["-c:v", "libwebp", "-quality", "80"],
};

export const thumbnailBuilder = defineBuilder<ThumbnailJob, ThumbnailResult>({
  commands: (job) => [
    {
      tool: "ffmpeg",
      args: [
        "-ss", String(job.atSeconds), "-i", job.input,
        "-frames:v", "1", "-an", ...scaleFilter(job), ...codecArgs[formatOf(job.output)], "-update", "1", job.output,
      ],
    },
  ],
  async result(job, _run, tools) {
    const size = await fs.stat(job.output).then((s) => s.size, () => 0);
    // ffmpeg exits 0 without writing when the time is past the end or there is no video.
    if (!size) throw new Error(`No frame at ${job.atSeconds}s: the input is shorter than that or has no video`);
    const picture = (await tools.probe(job.output)).video[0];
    return { width: picture?.width ?? 0, height: picture?.height ?? 0, format: formatOf(job.output), sizeBytes: size };
  },
});

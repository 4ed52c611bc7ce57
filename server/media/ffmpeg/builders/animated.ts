import fs from "node:fs/promises";
import { z } from "zod";
import { defineBuilder } from "../define-builder";

/** A short animated GIF (one-pass palette) or animated WebP cut from a video. */
export const animatedJobSchema = z.object({
  type: z.literal("animated"),
  input: z.string().min(1),
  output: z.string().regex(/\.(gif|webp)$/, "output must end in .gif or .webp"),
  startSeconds: z.number().min(0).default(0),
  durationSeconds: z.number().positive().max(10).default(5),
  fps: z.number().positive().max(30).default(15),
  /** Without width or height: 320 wide. With one of them, the other follows the aspect ratio. */
  width: z.number().int().min(8).max(640).optional(),
  height: z.number().int().min(8).max(640).optional(),
});
type AnimatedJob = z.infer<typeof animatedJobSchema>;

export interface AnimatedResult {
  format: "gif" | "webp";
  sizeBytes: number;
}

export const animatedBuilder = defineBuilder<AnimatedJob, AnimatedResult>({
  commands(job) {
    const width = job.width ?? (job.height ? -2 : 320);
    const scale = `fps=${job.fps},scale=${width}:${job.height ?? -2}:flags=lanczos`;
    const gif = job.output.endsWith(".gif");
    const filter = gif ? `[0:v]${scale},split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither=bayer:bayer_scale=4` : `[0:v]${scale}`;
    return [
      {
        tool: "ffmpeg",
        progress: true,
        args: [
          "-ss", String(job.startSeconds), "-t", String(job.durationSeconds), "-i", job.input,
          "-filter_complex", filter, "-an", "-loop", "0",
          ...(gif ? [] : ["-c:v", "libwebp", "-quality", "70", "-lossless", "0"]),
          job.output,
        ],
      },
    ];
  },
  expectedDuration: async (job) => job.durationSeconds,
  async result(job) {
    const sizeBytes = await fs.stat(job.output).then((s) => s.size, () => 0);
    if (!sizeBytes) throw new Error(`No frames from ${job.startSeconds}s: the input is shorter than that or has no video`);
    return { format: job.output.endsWith(".gif") ? "gif" : "webp", sizeBytes };
  },
});

import fs from "node:fs/promises";
import { z } from "zod";
import { defineBuilder } from "../define-builder";

/** A storyboard sprite: one frame every `intervalSeconds`, scaled to `tileWidth`, tiled in a grid. */
export const storyboardJobSchema = z.object({
  type: z.literal("storyboard"),
  input: z.string().min(1),
  output: z.string().regex(/\.(jpe?g|webp|png)$/, "output must end in .jpg, .webp or .png"),
  intervalSeconds: z.number().positive().max(3600),
  columns: z.number().int().min(1).max(20),
  rows: z.number().int().min(1).max(50),
  tileWidth: z.number().int().min(16).max(640).multipleOf(2),
  tileHeight: z.number().int().min(16).max(640).multipleOf(2),
});
type StoryboardJob = z.infer<typeof storyboardJobSchema>;

export const storyboardBuilder = defineBuilder<StoryboardJob, { sizeBytes: number }>({
  commands: (job) => [
    {
      tool: "ffmpeg",
      progress: true,
      args: [
        "-i", job.input, "-an",
        "-vf", `fps=1/${job.intervalSeconds},scale=${job.tileWidth}:${job.tileHeight},tile=${job.columns}x${job.rows}`,
        "-frames:v", "1", "-q:v", "4", "-update", "1", job.output,
      ],
    },
  ],
  async result(job) {
    const sizeBytes = await fs.stat(job.output).then((s) => s.size, () => 0);
    if (!sizeBytes) throw new Error("No frames for a storyboard: the input has no video");
    return { sizeBytes };
  },
});

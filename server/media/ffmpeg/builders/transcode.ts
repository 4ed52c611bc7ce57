import { z } from "zod";
import { defineBuilder } from "../define-builder";
import type { MediaInfo } from "../media-info";

/** H.264/AAC in a fast-start MP4: the baseline encode (HLS ladders build on the same options). */
export const transcodeJobSchema = z.object({
  type: z.literal("transcode"),
  input: z.string().min(1),
  output: z.string().regex(/\.mp4$/, "output must end in .mp4"),
  preset: z
    .enum(["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"])
    .default("veryfast"),
  crf: z.number().int().min(0).max(51).default(23),
  // H.264 in 4:2:0 needs even dimensions.
  width: z.number().int().min(16).max(7680).multipleOf(2).optional(),
  height: z.number().int().min(16).max(4320).multipleOf(2).optional(),
  audioBitrateKbps: z.number().int().min(32).max(512).default(128),
});
type TranscodeJob = z.infer<typeof transcodeJobSchema>;

function scaleFilter(job: TranscodeJob): string[] {
  if (job.width && job.height) {
    return ["-vf", `scale=${job.width}:${job.height}:force_original_aspect_ratio=decrease:force_divisible_by=2`];
  }
  if (job.width) return ["-vf", `scale=${job.width}:-2`];
  if (job.height) return ["-vf", `scale=-2:${job.height}`];
  return [];
}

export const transcodeBuilder = defineBuilder<TranscodeJob, MediaInfo>({
  commands: (job) => [
    {
      tool: "ffmpeg",
      progress: true,
      args: [
        "-i", job.input,
        "-map", "0:v:0", "-map", "0:a:0?",
        "-c:v", "libx264", "-preset", job.preset, "-crf", String(job.crf), "-pix_fmt", "yuv420p", ...scaleFilter(job),
        "-c:a", "aac", "-b:a", `${job.audioBitrateKbps}k`,
        "-movflags", "+faststart",
        job.output,
      ],
    },
  ],
  async expectedDuration(job, tools) {
    const info = await tools.probe(job.input);
    return info.video[0]?.durationSeconds ?? info.durationSeconds ?? undefined;
  },
  result: (job, _run, tools) => tools.probe(job.output),
});

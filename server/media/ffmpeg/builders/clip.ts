import { z } from "zod";
import { defineBuilder } from "../define-builder";
import type { MediaInfo } from "../media-info";

/**
 * A frame-accurate cut [start, end) of a source, re-encoded as a stream-ready MP4 (H.264 with a
 * keyframe every 2 s, AAC, fast start) so the clip then takes the pipeline's fast path.
 */
export const clipJobSchema = z.object({
  type: z.literal("clip"),
  input: z.string().min(1),
  output: z.string().regex(/\.mp4$|\/source$/, "output must be an .mp4 or an asset source key"),
  startSeconds: z.number().min(0).default(0),
  endSeconds: z.number().positive().nullable().default(null),
});
type ClipJob = z.infer<typeof clipJobSchema>;

export const clipBuilder = defineBuilder<ClipJob, MediaInfo>({
  commands: (job) => [
    {
      tool: "ffmpeg",
      progress: true,
      args: [
        "-ss", String(job.startSeconds), ...(job.endSeconds ? ["-to", String(job.endSeconds)] : []), "-i", job.input,
        "-map", "0:v:0?", "-map", "0:a:0?", "-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-pix_fmt", "yuv420p",
        "-force_key_frames", "expr:gte(t,n_forced*2)", "-sc_threshold", "0", "-c:a", "aac", "-b:a", "160k",
        "-movflags", "+faststart", "-f", "mp4", job.output,
      ],
    },
  ],
  expectedDuration: async (job) => (job.endSeconds ? job.endSeconds - job.startSeconds : undefined),
  result: (job, _run, tools) => tools.probe(job.output),
});

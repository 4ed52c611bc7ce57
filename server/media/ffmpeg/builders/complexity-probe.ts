import path from "node:path";
import { z } from "zod";
import { defineBuilder } from "../define-builder";

/**
 * How hard a title is to compress: a few seconds from its middle encoded at a fixed CRF and a small
 * size; the resulting bits per pixel scale the per-title ladder (a talking head needs far less
 * than confetti). Writes nothing to storage.
 */
export const complexityProbeJobSchema = z.object({
  type: z.literal("complexity-probe"),
  input: z.string().min(1),
  durationSeconds: z.number().positive(),
  sampleSeconds: z.number().min(1).max(10).default(3),
  crf: z.number().int().min(10).max(40).default(23),
});
type ComplexityProbeJob = z.infer<typeof complexityProbeJobSchema>;

export interface ComplexityResult {
  /** Bits per pixel per frame the sample needed at the fixed CRF. */
  bitsPerPixel: number;
  sampleBitrate: number;
  width: number;
  height: number;
  frameRate: number;
}

const sampleFile = (scratchDir: string) => path.join(scratchDir, "sample.mp4");
const startOf = (job: ComplexityProbeJob) => Math.max(0, job.durationSeconds / 2 - job.sampleSeconds / 2);

export const complexityProbeBuilder = defineBuilder<ComplexityProbeJob, ComplexityResult>({
  commands: (job, tools) => [
    {
      tool: "ffmpeg",
      args: [
        "-ss", startOf(job).toFixed(3), "-t", String(job.sampleSeconds), "-i", job.input, "-an", "-sn",
        "-vf", "scale=w=640:h=360:force_original_aspect_ratio=decrease:force_divisible_by=2,format=yuv420p",
        "-c:v", "libx264", "-preset", "veryfast", "-crf", String(job.crf), sampleFile(tools.scratchDir),
      ],
    },
  ],
  async result(_job, _run, tools) {
    const sample = await tools.probe(sampleFile(tools.scratchDir));
    const video = sample.video[0];
    if (!video) throw new Error("The complexity sample has no video");
    const seconds = video.durationSeconds ?? sample.durationSeconds ?? 1;
    const bitrate = video.bitrate ?? ((sample.sizeBytes ?? 0) * 8) / seconds;
    const fps = video.fps ?? 25;
    return {
      bitsPerPixel: bitrate / (video.width * video.height * fps),
      sampleBitrate: Math.round(bitrate),
      width: video.width,
      height: video.height,
      frameRate: fps,
    };
  },
});

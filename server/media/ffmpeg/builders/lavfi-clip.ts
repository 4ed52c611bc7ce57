import path from "node:path";
import { z } from "zod";
import { defineBuilder, type FfmpegCommand } from "../define-builder";
import type { MediaInfo } from "../media-info";

/** A synthetic clip from lavfi's testsrc2 and sine sources: fixtures, smoke tests, live test feeds. */
export const lavfiClipJobSchema = z.object({
  type: z.literal("lavfi-clip"),
  output: z.string().regex(/\.(mp4|mov|mkv|webm|m4a|ts)$/, "output must end in .mp4, .mov, .mkv, .webm, .m4a or .ts"),
  durationSeconds: z.number().positive().max(3600).default(2),
  width: z.number().int().min(16).max(7680).default(320),
  height: z.number().int().min(16).max(4320).default(240),
  fps: z.number().positive().max(240).default(25),
  /** "none" makes an audio-only file. */
  videoCodec: z.enum(["h264", "hevc", "vp9", "none"]).default("h264"),
  pixFmt: z.string().regex(/^[a-z0-9_]+$/).default("yuv420p"),
  audio: z.boolean().default(true),
  /** Display-matrix rotation written into the container (a phone's portrait video). */
  rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]).default(0),
  /** Produce at playback speed (-re), e.g. to hold a job running in tests or feed a live ingest. */
  realtime: z.boolean().default(false),
});
type LavfiClipJob = z.infer<typeof lavfiClipJobSchema>;

const videoCodecArgs: Record<Exclude<LavfiClipJob["videoCodec"], "none">, string[]> = {
  h264: ["-c:v", "libx264", "-preset", "ultrafast"],
  hevc: ["-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error", "-tag:v", "hvc1"],
  vp9: ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "400k"],
};

function encodeArgs(job: LavfiClipJob, output: string): string[] {
  const re = job.realtime ? ["-re"] : [];
  const hasVideo = job.videoCodec !== "none";
  const inputs = [
    ...(hasVideo ? [...re, "-f", "lavfi", "-i", `testsrc2=size=${job.width}x${job.height}:rate=${job.fps}`] : []),
    ...(job.audio || !hasVideo ? [...re, "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"] : []),
  ];
  const opus = /\.(webm|mkv)$/.test(output);
  return [
    ...inputs,
    "-t", String(job.durationSeconds),
    ...(hasVideo ? [...videoCodecArgs[job.videoCodec as keyof typeof videoCodecArgs], "-pix_fmt", job.pixFmt] : []),
    ...(job.audio || !hasVideo ? ["-c:a", opus ? "libopus" : "aac", "-ac", "2", "-b:a", "96k"] : []),
    output,
  ];
}

export const lavfiClipBuilder = defineBuilder<LavfiClipJob, MediaInfo>({
  commands(job, tools) {
    if (!job.rotation || job.videoCodec === "none") return [{ tool: "ffmpeg", args: encodeArgs(job, job.output), progress: true }];
    // ffmpeg 5.1 writes the rotate tag as a display matrix only when stream-copying: encode, then remux.
    const plain = path.join(tools.scratchDir, `plain${path.extname(job.output)}`);
    const remux: FfmpegCommand = {
      tool: "ffmpeg",
      args: ["-i", plain, "-map", "0", "-c", "copy", "-metadata:s:v:0", `rotate=${job.rotation}`, job.output],
    };
    return [{ tool: "ffmpeg", args: encodeArgs(job, plain), progress: true }, remux];
  },
  expectedDuration: async (job) => job.durationSeconds,
  result: (job, _run, tools) => tools.probe(job.output),
});

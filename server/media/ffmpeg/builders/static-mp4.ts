import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { defineBuilder } from "../define-builder";
import { x264Presets } from "../x264-presets";
import { buildWatermarkFilter, watermarkSchema } from "./watermark";

const outputSchema = z.object({
  name: z.string().regex(/^[\w-]+$/),
  ext: z.enum(["mp4", "m4a"]),
  /** Video size (even); null for an audio-only .m4a. */
  width: z.number().int().min(16).max(7680).multipleOf(2).nullable(),
  height: z.number().int().min(16).max(4320).multipleOf(2).nullable(),
  /** Copy the source's video as is (a standard input at its own size): no re-encode. */
  copyVideo: z.boolean().default(false),
});

/**
 * Static renditions: progressive (fast-start) MP4s at given sizes and/or an audio-only M4A, all
 * from one decode of the source, written as `outputDir/<name>.<ext>`.
 */
export const staticMp4JobSchema = z.object({
  type: z.literal("static-mp4"),
  input: z.string().min(1),
  /** The asset's mp4/ prefix. */
  outputDir: z.string().min(1),
  durationSeconds: z.number().positive().optional(),
  outputs: z.array(outputSchema).min(1).max(12),
  video: z.object({ preset: z.enum(x264Presets), crf: z.number().int().min(0).max(51) }),
  audio: z.object({ bitrateKbps: z.number().int().min(32).max(512) }).nullable(),
  watermark: watermarkSchema.optional(),
});
type StaticMp4Job = z.infer<typeof staticMp4JobSchema>;

export interface StaticMp4Result {
  name: string;
  ext: "mp4" | "m4a";
  width: number | null;
  height: number | null;
  fileSize: number;
  /** Mean bits/s over the file. */
  bitrate: number | null;
}

function filterGraph(job: StaticMp4Job, scaled: z.infer<typeof outputSchema>[]): string[] {
  if (!scaled.length) return [];
  const source = job.watermark ? `[0:v]null[kfsrc];${buildWatermarkFilter(job.watermark, 1, "kfsrc", "kfmarked")};[kfmarked]` : "[0:v]";
  const split = `${source}format=yuv420p,split=${scaled.length}${scaled.map((_, i) => `[s${i}]`).join("")}`;
  return ["-filter_complex", [split, ...scaled.map((o, i) => `[s${i}]scale=${o.width}:${o.height}:flags=bicubic,setsar=1[m${i}]`)].join(";")];
}

export const staticMp4Builder = defineBuilder<StaticMp4Job, StaticMp4Result[]>({
  commands(job) {
    fs.mkdirSync(job.outputDir, { recursive: true });
    // A watermark must be burned in, so nothing is copied then.
    const copies = job.outputs.filter((o) => o.width && o.copyVideo && !job.watermark);
    const scaled = job.outputs.filter((o) => o.width && !copies.includes(o));
    const audioArgs = job.audio ? ["-map", "0:a:0", "-c:a", "aac", "-b:a", `${job.audio.bitrateKbps}k`, "-ac", "2", "-ar", "48000"] : ["-an"];
    const perOutput = job.outputs.flatMap((o) => {
      const file = path.join(job.outputDir, `${o.name}.${o.ext}`);
      const common = ["-sn", "-dn", "-map_metadata", "-1", "-movflags", "+faststart", "-f", "mp4", file];
      if (!o.width) return ["-vn", ...audioArgs, ...common];
      const video = copies.includes(o)
        ? ["-map", "0:v:0", "-c:v", "copy"]
        : ["-map", `[m${scaled.indexOf(o)}]`, "-c:v", "libx264", "-preset", job.video.preset, "-crf", String(job.video.crf), "-profile:v", "high"];
      return [...video, ...audioArgs, ...common];
    });
    return [
      {
        tool: "ffmpeg",
        progress: true,
        args: ["-i", job.input, ...(job.watermark && scaled.length ? ["-loop", "1", "-i", job.watermark.image] : []), ...filterGraph(job, scaled), ...perOutput],
      },
    ];
  },
  async expectedDuration(job, tools) {
    return job.durationSeconds ?? (await tools.probe(job.input)).durationSeconds ?? undefined;
  },
  async result(job, _run, tools) {
    return Promise.all(
      job.outputs.map(async (o) => {
        const file = path.join(job.outputDir, `${o.name}.${o.ext}`);
        const info = await tools.probe(file);
        const fileSize = fs.statSync(file).size;
        const video = info.video[0];
        const bitrate = info.durationSeconds ? Math.round((fileSize * 8) / info.durationSeconds) : null;
        return { name: o.name, ext: o.ext, width: video?.displayWidth ?? null, height: video?.displayHeight ?? null, fileSize, bitrate };
      }),
    );
  },
});

import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { HlsRenditionResult } from "@/server/encoding/hls-rendition-result";
import { readHlsRendition } from "@/server/encoding/read-hls-rendition";
import { defineBuilder } from "../define-builder";
import { x264Presets } from "../x264-presets";
import { buildWatermarkFilter, watermarkSchema } from "./watermark";

const renditionSchema = z.object({
  name: z.string().regex(/^[\w-]+$/),
  width: z.number().int().min(16).max(7680).multipleOf(2),
  height: z.number().int().min(16).max(4320).multipleOf(2),
  /** Capped CRF: quality from `crf`, never above this rate (VBV). */
  maxrateKbps: z.number().int().min(50).max(100_000),
});

/**
 * One ffmpeg process encoding a whole ladder (decode once, `split`, one x264 per rendition) into
 * fMP4 HLS renditions under `outputDir/<name>/`, each with the audio muxed in. Keyframes are forced
 * at the same times in every rendition (scenecut off), so segments align across the ladder. With
 * `video: null` it writes an audio-only rendition.
 */
export const hlsEncodeJobSchema = z.object({
  type: z.literal("hls-encode"),
  input: z.string().min(1),
  /** The asset's hls/ prefix; each rendition goes to its own sub-directory. */
  outputDir: z.string().min(1),
  durationSeconds: z.number().positive().optional(),
  segmentSeconds: z.number().min(1).max(10),
  video: z
    .object({
      preset: z.enum(x264Presets),
      crf: z.number().int().min(0).max(51),
      /** Constant output rate: variable-frame-rate sources are resampled to it. */
      frameRate: z.number().positive().max(120),
      renditions: z.array(renditionSchema).min(1).max(8),
      /** Cut times (s) to force keyframes at, to match a remuxed rendition; otherwise every segmentSeconds. */
      keyframeTimes: z.array(z.number().min(0)).max(20_000).optional(),
    })
    .nullable(),
  audio: z.object({ bitrateKbps: z.number().int().min(32).max(512) }).nullable(),
  /** An image burned into every video rendition. */
  watermark: watermarkSchema.optional(),
  /** Name of the audio-only rendition (when `video` is null). */
  audioName: z.string().regex(/^[\w-]+$/).default("audio"),
});
type HlsEncodeJob = z.infer<typeof hlsEncodeJobSchema>;

function videoArgs(video: NonNullable<HlsEncodeJob["video"]>, segmentSeconds: number, watermark: HlsEncodeJob["watermark"]): string[] {
  const n = video.renditions.length;
  const marked = watermark ? `[0:v]fps=${video.frameRate}[kfsrc];${buildWatermarkFilter(watermark, 1, "kfsrc", "kfmarked")};[kfmarked]` : `[0:v]fps=${video.frameRate},`;
  const head = `${marked}format=yuv420p${n > 1 ? `,split=${n}${video.renditions.map((_, i) => `[s${i}]`).join("")}` : "[s0]"}`;
  const scales = video.renditions.map((r, i) => `[s${i}]scale=${r.width}:${r.height}:flags=bicubic,setsar=1[v${i}]`);
  // Forced cuts decide segmentation; the GOP cap only has to stay out of their way.
  const forced = video.keyframeTimes?.length
    ? video.keyframeTimes.map((t) => Math.max(0, t - 0.5 / video.frameRate).toFixed(3)).join(",")
    : `expr:gte(t,n_forced*${segmentSeconds})`;
  const gop = Math.ceil((video.keyframeTimes?.length ? segmentSeconds + 2 : segmentSeconds) * video.frameRate);
  return [
    "-filter_complex", [head, ...scales].join(";"),
    "-c:v", "libx264", "-preset", video.preset, "-profile:v", "high", "-crf", String(video.crf),
    ...video.renditions.flatMap((r, i) => [`-maxrate:v:${i}`, `${r.maxrateKbps}k`, `-bufsize:v:${i}`, `${r.maxrateKbps * 2}k`]),
    "-g", String(gop), "-keyint_min", String(gop), "-sc_threshold", "0", "-flags", "+cgop", "-force_key_frames", forced,
  ];
}

export const hlsEncodeBuilder = defineBuilder<HlsEncodeJob, HlsRenditionResult[]>({
  commands(job) {
    const names = job.video ? job.video.renditions.map((r) => r.name) : [job.audioName];
    for (const name of names) fs.mkdirSync(path.join(job.outputDir, name), { recursive: true });
    const maps = job.video
      ? job.video.renditions.flatMap((_, i) => ["-map", `[v${i}]`, ...(job.audio ? ["-map", "0:a:0"] : [])])
      : ["-map", "0:a:0"];
    const streamMap = names.map((name, i) => [job.video ? `v:${i}` : null, job.audio ? `a:${i}` : null, `name:${name}`].filter(Boolean).join(","));
    return [
      {
        tool: "ffmpeg",
        progress: true,
        args: [
          "-i", job.input,
          ...(job.video && job.watermark ? ["-loop", "1", "-i", job.watermark.image] : []),
          ...(job.video ? videoArgs(job.video, job.segmentSeconds, job.watermark) : ["-vn"]),
          ...maps,
          ...(job.audio ? ["-c:a", "aac", "-b:a", `${job.audio.bitrateKbps}k`, "-ac", "2", "-ar", "48000"] : []),
          "-sn", "-dn", "-map_metadata", "-1",
          "-f", "hls", "-hls_time", String(job.segmentSeconds), "-hls_playlist_type", "vod", "-hls_segment_type", "fmp4",
          "-hls_flags", "independent_segments", "-hls_fmp4_init_filename", "init.mp4",
          "-hls_segment_filename", path.join(job.outputDir, "%v", "seg_%05d.m4s"),
          "-var_stream_map", streamMap.join(" "),
          path.join(job.outputDir, "%v", "index.m3u8"),
        ],
      },
    ];
  },
  async expectedDuration(job, tools) {
    return job.durationSeconds ?? (await tools.probe(job.input)).durationSeconds ?? undefined;
  },
  async result(job) {
    const renditions = job.video?.renditions.map((r) => ({ name: r.name, width: r.width, height: r.height, frameRate: job.video!.frameRate })) ?? [
      { name: job.audioName, width: null, height: null, frameRate: null },
    ];
    return Promise.all(renditions.map((r) => readHlsRendition(path.join(job.outputDir, r.name), r)));
  },
});

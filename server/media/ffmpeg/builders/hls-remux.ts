import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { HlsRenditionResult } from "@/server/encoding/hls-rendition-result";
import { readHlsRendition } from "@/server/encoding/read-hls-rendition";
import { defineBuilder } from "../define-builder";

/**
 * The fast path: copies a standard input's H.264 (and AAC) into one fMP4 HLS rendition without
 * re-encoding. Segments cut at the source's own keyframes (the first at or after each multiple of
 * `segmentSeconds`); the encoded renditions are later forced onto the same cuts.
 */
export const hlsRemuxJobSchema = z.object({
  type: z.literal("hls-remux"),
  input: z.string().min(1),
  /** The rendition's directory (storage key prefix), filled with index.m3u8, init.mp4 and segments. */
  outputDir: z.string().min(1),
  segmentSeconds: z.number().min(1).max(10),
  /** Known from the analysis; spares a probe before the copy starts (the fast path counts milliseconds). */
  durationSeconds: z.number().positive().optional(),
  rendition: z.object({
    name: z.string().regex(/^[\w-]+$/),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    frameRate: z.number().nullable(),
  }),
});
type HlsRemuxJob = z.infer<typeof hlsRemuxJobSchema>;

export const hlsRemuxBuilder = defineBuilder<HlsRemuxJob, HlsRenditionResult>({
  commands(job) {
    fs.mkdirSync(job.outputDir, { recursive: true });
    return [
      {
        tool: "ffmpeg",
        progress: true,
        args: [
          "-i", job.input,
          "-map", "0:v:0?", "-map", "0:a:0?", "-c", "copy", "-sn", "-dn", "-map_metadata", "-1",
          "-f", "hls", "-hls_time", String(job.segmentSeconds), "-hls_playlist_type", "vod", "-hls_segment_type", "fmp4",
          "-hls_flags", "independent_segments", "-hls_fmp4_init_filename", "init.mp4",
          "-hls_segment_filename", path.join(job.outputDir, "seg_%05d.m4s"),
          path.join(job.outputDir, "index.m3u8"),
        ],
      },
    ];
  },
  async expectedDuration(job, tools) {
    return job.durationSeconds ?? (await tools.probe(job.input)).durationSeconds ?? undefined;
  },
  result: (job) => readHlsRendition(job.outputDir, job.rendition),
});

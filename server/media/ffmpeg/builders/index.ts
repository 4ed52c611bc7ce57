/**
 * The registry of ffmpeg/ffprobe jobs. Adding a job type: write `builders/<type>.ts` (its zod
 * schema and its builder), then list both below; the union, the map and the result types follow.
 */
import { z } from "zod";
import type { FfmpegBuilder } from "../define-builder";
import { animatedBuilder, animatedJobSchema } from "./animated";
import { analyzeBuilder, analyzeJobSchema } from "./analyze";
import { clipBuilder, clipJobSchema } from "./clip";
import { complexityProbeBuilder, complexityProbeJobSchema } from "./complexity-probe";
import { hlsEncodeBuilder, hlsEncodeJobSchema } from "./hls-encode";
import { hlsRemuxBuilder, hlsRemuxJobSchema } from "./hls-remux";
import { lavfiClipBuilder, lavfiClipJobSchema } from "./lavfi-clip";
import { liveRecordingConcatBuilder, liveRecordingConcatJobSchema } from "./live-recording-concat";
import { probeBuilder, probeJobSchema } from "./probe";
import { staticMp4Builder, staticMp4JobSchema } from "./static-mp4";
import { storyboardBuilder, storyboardJobSchema } from "./storyboard";
import { thumbnailBuilder, thumbnailJobSchema } from "./thumbnail";
import { transcodeBuilder, transcodeJobSchema } from "./transcode";

export const ffmpegJobSchema = z.discriminatedUnion("type", [
  probeJobSchema,
  lavfiClipJobSchema,
  thumbnailJobSchema,
  animatedJobSchema,
  storyboardJobSchema,
  transcodeJobSchema,
  analyzeJobSchema,
  hlsRemuxJobSchema,
  hlsEncodeJobSchema,
  complexityProbeJobSchema,
  clipJobSchema,
  staticMp4JobSchema,
  liveRecordingConcatJobSchema,
]);

/** A job as builders see it (defaults applied). */
export type FfmpegJob = z.infer<typeof ffmpegJobSchema>;
/** A job as callers write it (defaults optional). */
export type FfmpegJobInput = z.input<typeof ffmpegJobSchema>;
export type FfmpegJobType = FfmpegJob["type"];

export const ffmpegBuilders = {
  probe: probeBuilder,
  "lavfi-clip": lavfiClipBuilder,
  thumbnail: thumbnailBuilder,
  animated: animatedBuilder,
  storyboard: storyboardBuilder,
  transcode: transcodeBuilder,
  analyze: analyzeBuilder,
  "hls-remux": hlsRemuxBuilder,
  "hls-encode": hlsEncodeBuilder,
  "complexity-probe": complexityProbeBuilder,
  clip: clipBuilder,
  "static-mp4": staticMp4Builder,
  "live-recording-concat": liveRecordingConcatBuilder,
} satisfies { [K in FfmpegJobType]: FfmpegBuilder<Extract<FfmpegJob, { type: K }>, unknown> };

export type FfmpegResult<T extends FfmpegJobType = FfmpegJobType> = Awaited<
  ReturnType<(typeof ffmpegBuilders)[T]["result"]>
>;

import { z } from "zod";
import { defineBuilder } from "../define-builder";
import type { MediaInfo } from "../media-info";
import { normaliseProbe } from "../normalise-probe";

/**
 * Probe plus a demux-only pass over every packet (no decoding): keyframe times for the fast path's
 * segment plan, the real end of the data (a truncated file ends early) and measured bitrates.
 */
export const analyzeJobSchema = z.object({
  type: z.literal("analyze"),
  input: z.string().min(1),
});
type AnalyzeJob = z.infer<typeof analyzeJobSchema>;

export interface InputAnalysis {
  info: MediaInfo;
  /** H.264 level_idc of the first video stream (e.g. 40), when ffprobe reports it. */
  videoLevel: number | null;
  /** Presentation times (s) of the first video stream's keyframes, relative to its first packet. */
  keyframeTimes: number[];
  /** Where the packets really end (s); shorter than the declared duration when the file was cut. */
  dataEndSeconds: number | null;
  /** Percent of the declared duration present, when the data ends clearly early; null otherwise. */
  truncatedAtPercent: number | null;
  /** Mean video bitrate measured from packet sizes (bits/s). */
  videoBitrate: number | null;
}

const packetSchema = z.looseObject({
  stream_index: z.number(),
  pts_time: z.string().optional(),
  duration_time: z.string().optional(),
  size: z.string().optional(),
  flags: z.string().optional(),
});
const rawSchema = z.looseObject({
  packets: z.array(packetSchema).default([]),
  streams: z.array(z.looseObject({ index: z.number(), level: z.number().optional() })).default([]),
});

const empty = (problem: string): InputAnalysis => ({
  info: { container: null, formatName: null, durationSeconds: null, sizeBytes: null, bitrate: null, video: [], audio: [], problem },
  videoLevel: null,
  keyframeTimes: [],
  dataEndSeconds: null,
  truncatedAtPercent: null,
  videoBitrate: null,
});

export function analyzeProbeOutput(raw: unknown): InputAnalysis {
  const info = normaliseProbe(raw);
  const { packets, streams } = rawSchema.parse(raw);
  const video = info.video[0];
  const used = new Set([video?.index, info.audio[0]?.index].filter((i) => i !== undefined));
  const times = (p: z.infer<typeof packetSchema>) => {
    const pts = Number(p.pts_time);
    return Number.isFinite(pts) ? { start: pts, end: pts + (Number(p.duration_time) || 0) } : null;
  };
  let first = Infinity;
  let firstVideo = Infinity;
  let end = -Infinity;
  let videoBytes = 0;
  const keyframes: number[] = [];
  for (const p of packets) {
    if (!used.has(p.stream_index)) continue;
    const t = times(p);
    if (!t) continue;
    first = Math.min(first, t.start);
    end = Math.max(end, t.end);
    if (p.stream_index === video?.index) {
      videoBytes += Number(p.size) || 0;
      firstVideo = Math.min(firstVideo, t.start);
      if (p.flags?.startsWith("K")) keyframes.push(t.start);
    }
  }
  const dataEnd = Number.isFinite(end) ? end - first : null;
  const declared = info.durationSeconds;
  const early = dataEnd !== null && declared && declared - dataEnd > Math.max(0.5, declared * 0.03);
  return {
    info,
    videoLevel: streams.find((s) => s.index === video?.index)?.level ?? null,
    keyframeTimes: keyframes.map((k) => Math.round((k - firstVideo) * 1e6) / 1e6).sort((a, b) => a - b),
    dataEndSeconds: dataEnd,
    truncatedAtPercent: early ? Math.floor((dataEnd / declared) * 100) : null,
    videoBitrate: video && dataEnd ? Math.round((videoBytes * 8) / dataEnd) : null,
  };
}

export const analyzeBuilder = defineBuilder<AnalyzeJob, InputAnalysis>({
  commands: (job) => [
    {
      tool: "ffprobe",
      args: [
        "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
        "-show_entries", "packet=stream_index,pts_time,duration_time,size,flags", "-i", job.input,
      ],
    },
  ],
  result: async (_job, run) => analyzeProbeOutput(JSON.parse(run.stdout)),
  // "Not media" is the answer, not a failure: the pipeline turns it into the asset's error.
  recover: (error) => (error.kind === "bad_input" ? empty(error.message) : undefined),
});

import { z } from "zod";
import type { AudioStreamInfo, MediaInfo, VideoStreamInfo } from "./media-info";

// ffprobe prints numbers as strings in places and omits fields freely: parse loosely, then normalise.
const num = z.union([z.number(), z.string()]).optional();
const streamSchema = z.looseObject({
  index: z.number(),
  codec_type: z.string().optional(),
  codec_name: z.string().optional(),
  profile: z.string().optional(),
  pix_fmt: z.string().optional(),
  bits_per_raw_sample: num,
  width: z.number().optional(),
  height: z.number().optional(),
  sample_aspect_ratio: z.string().optional(),
  r_frame_rate: z.string().optional(),
  avg_frame_rate: z.string().optional(),
  duration: num,
  bit_rate: num,
  channels: z.number().optional(),
  channel_layout: z.string().optional(),
  sample_rate: num,
  disposition: z.looseObject({ attached_pic: z.number().optional() }).optional(),
  tags: z.record(z.string(), z.string()).optional(),
  side_data_list: z.array(z.looseObject({ rotation: num })).optional(),
});
export const ffprobeOutputSchema = z.looseObject({
  streams: z.array(streamSchema).default([]),
  format: z
    .looseObject({
      format_name: z.string().optional(),
      duration: num,
      size: num,
      bit_rate: num,
      tags: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});
type ProbeStream = z.infer<typeof streamSchema>;

const toNumber = (v: string | number | undefined): number | null => {
  if (v === undefined || v === "N/A") return null;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : null;
};

const parseRate = (rate: string | undefined): number | null => {
  const [n, d] = (rate ?? "").split("/").map(Number);
  if (!n || !d || !Number.isFinite(n / d)) return null;
  return Math.round((n / d) * 1000) / 1000;
};

const bitDepthOf = (s: ProbeStream): number | null => {
  const raw = toNumber(s.bits_per_raw_sample);
  if (raw) return raw;
  const match = /p(9|10|12|14|16)(le|be)?$/.exec(s.pix_fmt ?? "");
  if (match) return Number(match[1]);
  return s.pix_fmt ? 8 : null;
};

const rotationOf = (s: ProbeStream): number => {
  const fromMatrix = s.side_data_list?.map((d) => toNumber(d.rotation)).find((r) => r !== null);
  const degrees = fromMatrix ?? toNumber(s.tags?.rotate) ?? 0;
  return (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
};

function toVideo(s: ProbeStream): VideoStreamInfo {
  const width = s.width ?? 0;
  const height = s.height ?? 0;
  const [sarN, sarD] = (s.sample_aspect_ratio ?? "1:1").split(":").map(Number);
  const sar = sarN && sarD ? sarN / sarD : 1;
  const shownWidth = Math.round(width * sar);
  const rotation = rotationOf(s);
  const sideways = rotation === 90 || rotation === 270;
  const avg = parseRate(s.avg_frame_rate);
  const real = parseRate(s.r_frame_rate);
  return {
    index: s.index,
    codec: s.codec_name ?? "unknown",
    profile: s.profile ?? null,
    pixFmt: s.pix_fmt ?? null,
    bitDepth: bitDepthOf(s),
    width,
    height,
    displayWidth: sideways ? height : shownWidth,
    displayHeight: sideways ? shownWidth : height,
    rotation,
    fps: avg ?? real,
    // ffprobe's heuristic: a stream whose average rate differs from its base rate has varying frame durations.
    variableFrameRate: avg !== null && real !== null && Math.abs(avg - real) / real > 0.01,
    durationSeconds: toNumber(s.duration),
    bitrate: toNumber(s.bit_rate),
  };
}

function toAudio(s: ProbeStream): AudioStreamInfo {
  return {
    index: s.index,
    codec: s.codec_name ?? "unknown",
    profile: s.profile ?? null,
    channels: s.channels ?? 0,
    channelLayout: s.channel_layout ?? null,
    sampleRate: toNumber(s.sample_rate),
    durationSeconds: toNumber(s.duration),
    bitrate: toNumber(s.bit_rate),
  };
}

function containerOf(formatName: string | undefined, majorBrand: string | undefined, video: VideoStreamInfo[], audio: AudioStreamInfo[]): string | null {
  if (!formatName) return null;
  const names = formatName.split(",");
  if (names.includes("mp4")) return majorBrand?.trim() === "qt" ? "mov" : audio.length && !video.length ? "m4a" : "mp4";
  if (names.includes("webm")) {
    const webmCodecs = new Set(["vp8", "vp9", "av1", "opus", "vorbis"]);
    return [...video, ...audio].every((s) => webmCodecs.has(s.codec)) ? "webm" : "mkv";
  }
  return names[0] ?? null;
}

/** Turns ffprobe's `-show_format -show_streams` JSON into MediaInfo. */
export function normaliseProbe(raw: unknown): MediaInfo {
  const parsed = ffprobeOutputSchema.parse(raw);
  const playable = parsed.streams.filter((s) => s.disposition?.attached_pic !== 1);
  const video = playable.filter((s) => s.codec_type === "video").map(toVideo);
  const audio = playable.filter((s) => s.codec_type === "audio").map(toAudio);
  const format = parsed.format;
  return {
    container: containerOf(format?.format_name, format?.tags?.major_brand, video, audio),
    formatName: format?.format_name ?? null,
    durationSeconds: toNumber(format?.duration),
    sizeBytes: toNumber(format?.size),
    bitrate: toNumber(format?.bit_rate),
    video,
    audio,
    problem: video.length || audio.length ? null : "The file contains no audio or video streams.",
  };
}

import type { InputAnalysis } from "@/server/media/ffmpeg/builders/analyze";
import { planRemuxSegments } from "./plan-remux-segments";

export type InputClass =
  | { standard: true; segmentSeconds: number; reasons: [] }
  | { standard: false; segmentSeconds: null; reasons: string[] };

const profiles = new Set(["Constrained Baseline", "Baseline", "Main", "High"]);
// A 1080p upload above ~20 Mb/s is a camera original, not a stream: players would stall on it.
const MAX_BITS_PER_PIXEL_SECOND = 20_000_000 / (1920 * 1080);

/**
 * Whether an input can be remuxed as is into the top rendition (the fast path): H.264 8-bit 4:2:0
 * in MP4/MOV, AAC-LC stereo or no audio, at most 1080p, square pixels, no rotation, constant
 * frame rate ≤ 60, keyframes close enough for 2–4 s segments, a sane bitrate. Otherwise the
 * reasons say what forces a re-encode.
 */
export function classifyInput(analysis: InputAnalysis): InputClass {
  const { info } = analysis;
  const video = info.video[0];
  const audio = info.audio[0];
  const reasons: string[] = [];
  if (!video) return { standard: false, segmentSeconds: null, reasons: ["audio only"] };
  if (info.container !== "mp4" && info.container !== "mov") reasons.push(`container ${info.container ?? "unknown"}`);
  if (video.codec !== "h264") reasons.push(`video codec ${video.codec}`);
  else if (!profiles.has(video.profile ?? "")) reasons.push(`H.264 profile ${video.profile ?? "unknown"}`);
  if (video.bitDepth !== 8 || !["yuv420p", "yuvj420p"].includes(video.pixFmt ?? "")) reasons.push(`pixel format ${video.pixFmt ?? "unknown"}`);
  if (Math.max(video.displayWidth, video.displayHeight) > 1920 || Math.min(video.displayWidth, video.displayHeight) > 1080) {
    reasons.push(`larger than 1080p (${video.displayWidth}x${video.displayHeight})`);
  }
  if (video.rotation) reasons.push(`rotated ${video.rotation}°`);
  if (video.displayWidth !== (video.rotation % 180 ? video.height : video.width)) reasons.push("non-square pixels");
  if (video.width % 2 || video.height % 2) reasons.push(`odd dimensions ${video.width}x${video.height}`);
  if (video.variableFrameRate) reasons.push("variable frame rate");
  if (!video.fps || video.fps > 60) reasons.push(`frame rate ${video.fps ?? "unknown"}`);
  if (audio && (audio.codec !== "aac" || (audio.profile && audio.profile !== "LC") || audio.channels > 2)) {
    reasons.push(`audio ${audio.codec} ${audio.profile ?? ""} ${audio.channels}ch`.trim());
  }
  const bitrate = analysis.videoBitrate ?? video.bitrate;
  if (bitrate && bitrate > Math.max(5_000_000, MAX_BITS_PER_PIXEL_SECOND * video.width * video.height)) {
    reasons.push(`bitrate ${Math.round(bitrate / 1000)} kb/s is too high to stream`);
  }
  const segmentSeconds = planRemuxSegments(analysis.keyframeTimes, analysis.dataEndSeconds ?? info.durationSeconds ?? 0);
  if (segmentSeconds === null) reasons.push("keyframes too far apart for 2–4 s segments");
  if (reasons.length || segmentSeconds === null) return { standard: false, segmentSeconds: null, reasons };
  return { standard: true, segmentSeconds, reasons: [] };
}

import type { FlvTagInfo } from "./classify-flv-tag";
import { decodeAmf0 } from "./decode-amf0";
import type { FlvTag } from "./encode-flv";
import type { IngestStats } from "./ingest-types";
import { parseAvcSequenceHeader } from "./parse-avc-sequence-header";

const WINDOW_MS = 5_000;
// In both legacy and Enhanced RTMP video tags the sequence header's record starts after 5 bytes.
const AVC_RECORD_OFFSET = 5;

type Metadata = { width?: number; height?: number; frameRate?: number; videoCodec?: IngestStats["videoCodec"]; audioCodec?: IngestStats["audioCodec"] };

/** Running numbers for one ingest connection, fed with every FLV tag and every byte received. */
export function createIngestStats(connectedAt: number) {
  let bytesReceived = 0;
  let [videoFrames, audioFrames, keyframes] = [0, 0, 0];
  let videoCodec: IngestStats["videoCodec"] = null;
  let audioCodec: IngestStats["audioCodec"] = null;
  let metadata: Metadata = {};
  let sps: { width: number; height: number } | null = null;
  let firstVideoAt: number | null = null;
  let lastKeyframe: number | null = null;
  let keyframeIntervalSeconds: number | null = null;
  let [firstTimestamp, lastTimestamp] = [null as number | null, null as number | null];
  const recent: { at: number; timestamp: number; bytes: number; video: boolean }[] = [];

  const measured = (now: number) => {
    while (recent.length && recent[0]!.at < now - WINDOW_MS) recent.shift();
    const spanOf = (items: typeof recent) =>
      items.length < 2 ? 0 : (Math.max(...items.map((i) => i.timestamp)) - Math.min(...items.map((i) => i.timestamp))) / 1000;
    const video = recent.filter((i) => i.video);
    const videoSpan = spanOf(video);
    const fps = videoSpan > 0 ? (video.length - 1) / videoSpan : 0;
    const bytes = recent.reduce((sum, i) => sum + i.bytes, 0);
    const bitrateKbps = recent.length ? (bytes * 8) / 1000 / Math.max(spanOf(recent), 0.5) : 0;
    return { fps: Math.round(fps * 100) / 100, bitrateKbps: Math.round(bitrateKbps) };
  };

  const size = () => ({ width: metadata.width ?? sps?.width ?? null, height: metadata.height ?? sps?.height ?? null });

  return {
    countBytes(n: number) {
      bytesReceived += n;
    },
    observe(tag: FlvTag, info: FlvTagInfo, now = Date.now()) {
      if (info.media === "script") metadata = { ...metadata, ...definedOnly(readMetadata(tag.data)) };
      if (info.media === "video") {
        videoCodec = info.codec;
        if (info.sequenceHeader && info.codec === "h264") sps = parseAvcSequenceHeader(tag.data.subarray(AVC_RECORD_OFFSET)) ?? sps;
      }
      if (info.media === "audio") audioCodec = info.codec;
      if (!info.frame) return;
      if (info.media === "video") {
        videoFrames++;
        firstVideoAt ??= now;
        if (info.keyframe) {
          keyframes++;
          if (lastKeyframe !== null && tag.timestamp > lastKeyframe) keyframeIntervalSeconds = (tag.timestamp - lastKeyframe) / 1000;
          lastKeyframe = tag.timestamp;
        }
      } else audioFrames++;
      firstTimestamp ??= tag.timestamp;
      lastTimestamp = Math.max(lastTimestamp ?? tag.timestamp, tag.timestamp);
      recent.push({ at: now, timestamp: tag.timestamp, bytes: tag.data.length, video: info.media === "video" });
    },
    /** Codec, size and frame rate as known now (for videoReady). */
    video() {
      const frameRate = metadata.frameRate ?? null;
      return { codec: videoCodec ?? metadata.videoCodec ?? null, ...size(), frameRate };
    },
    snapshot(now = Date.now()): IngestStats {
      const { fps, bitrateKbps } = measured(now);
      return {
        bytesReceived,
        videoFrames,
        audioFrames,
        keyframes,
        bitrateKbps,
        fps,
        keyframeIntervalSeconds,
        videoCodec: videoCodec ?? metadata.videoCodec ?? null,
        audioCodec: audioCodec ?? metadata.audioCodec ?? null,
        ...size(),
        frameRate: metadata.frameRate ?? (fps > 0 ? fps : null),
        connectedAt,
        firstVideoAt,
        mediaSeconds: firstTimestamp === null || lastTimestamp === null ? 0 : (lastTimestamp - firstTimestamp) / 1000,
      };
    },
  };
}

// onMetaData as encoders send it (OBS, ffmpeg): width, height, framerate and codec ids.
function readMetadata(data: Buffer): Metadata {
  let values;
  try {
    values = decodeAmf0(data);
  } catch {
    return {};
  }
  const body = values[values.indexOf("onMetaData") + 1];
  if (values.indexOf("onMetaData") < 0 || !body || typeof body !== "object" || Array.isArray(body) || body instanceof Date) return {};
  const positive = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v > 0 ? v : undefined);
  const video = body.videocodecid;
  const audio = body.audiocodecid;
  return {
    width: positive(body.width),
    height: positive(body.height),
    frameRate: positive(body.framerate) ?? positive(body.fps),
    videoCodec: video === undefined ? undefined : video === 7 || video === "avc1" ? "h264" : video === 12 || video === "hvc1" ? "hevc" : "other",
    audioCodec: audio === undefined ? undefined : audio === 10 || audio === "mp4a" ? "aac" : audio === 2 || audio === "mp3" ? "mp3" : "other",
  };
}

const definedOnly = (m: Metadata): Metadata => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined));

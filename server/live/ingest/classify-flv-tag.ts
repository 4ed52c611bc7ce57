import { FLV_AUDIO, FLV_SCRIPT, FLV_VIDEO, type FlvTag } from "./encode-flv";
import type { IngestStats } from "./ingest-types";

export type FlvTagInfo =
  | { media: "video"; codec: NonNullable<IngestStats["videoCodec"]>; sequenceHeader: boolean; frame: boolean; keyframe: boolean; needsSequenceHeader: boolean }
  | { media: "audio"; codec: NonNullable<IngestStats["audioCodec"]>; sequenceHeader: boolean; frame: boolean; keyframe: false; needsSequenceHeader: boolean }
  | { media: "script" | "other"; codec: null; sequenceHeader: false; frame: false; keyframe: false; needsSequenceHeader: false };

const FOURCC_CODECS: Record<string, "h264" | "hevc"> = { avc1: "h264", hvc1: "hevc" };

/** What an FLV tag holds: legacy codec ids (7 AVC, 12 HEVC, 10 AAC, 2/14 MP3) and Enhanced RTMP FourCC video. */
export function classifyFlvTag(tag: FlvTag): FlvTagInfo {
  const none = { codec: null, sequenceHeader: false, frame: false, keyframe: false, needsSequenceHeader: false } as const;
  if (tag.type === FLV_SCRIPT) return { media: "script", ...none };
  if (tag.data.length === 0 || (tag.type !== FLV_VIDEO && tag.type !== FLV_AUDIO)) return { media: "other", ...none };
  const first = tag.data.readUInt8(0);

  if (tag.type === FLV_AUDIO) {
    const format = first >> 4;
    const codec = format === 10 ? "aac" : format === 2 || format === 14 ? "mp3" : "other";
    const sequenceHeader = codec === "aac" && tag.data.length > 1 && tag.data.readUInt8(1) === 0;
    return { media: "audio", codec, sequenceHeader, frame: !sequenceHeader, keyframe: false, needsSequenceHeader: codec === "aac" };
  }

  const frameType = (first >> 4) & 0x07;
  if (first & 0x80) {
    // Enhanced RTMP: the low nibble is a packet type and a FourCC follows.
    const packetType = first & 0x0f;
    const codec = FOURCC_CODECS[tag.data.toString("latin1", 1, 5)] ?? "other";
    const frame = (packetType === 1 || packetType === 3) && frameType !== 5;
    return { media: "video", codec, sequenceHeader: packetType === 0, frame, keyframe: frame && frameType === 1, needsSequenceHeader: codec !== "other" };
  }
  const codecId = first & 0x0f;
  const codec = codecId === 7 ? "h264" : codecId === 12 ? "hevc" : "other";
  if (codec === "other") return { media: "video", codec, sequenceHeader: false, frame: frameType !== 5, keyframe: frameType === 1, needsSequenceHeader: false };
  const packetType = tag.data.length > 1 ? tag.data.readUInt8(1) : -1;
  const frame = packetType === 1 && frameType !== 5;
  return { media: "video", codec, sequenceHeader: packetType === 0, frame, keyframe: frame && frameType === 1, needsSequenceHeader: true };
}

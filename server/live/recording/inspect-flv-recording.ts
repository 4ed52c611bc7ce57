import fs from "node:fs";
import { createFlvTagSplitter, type FlvTag } from "@/server/live/ingest/create-flv-tag-splitter";
import { parseAvcSequenceHeader } from "@/server/live/ingest/parse-avc-sequence-header";

export type FlvRecordingInfo = {
  /** The decoder configurations the recording starts with (equal bytes: copyable back to back). */
  videoConfig: Buffer | null;
  audioConfig: Buffer | null;
  hasVideo: boolean;
  hasAudio: boolean;
  /** Coded size from the H.264 SPS; null for other codecs or when unreadable. */
  width: number | null;
  height: number | null;
  /** From the first media tag's timestamp to the last one's. */
  durationSeconds: number;
};

const HEAD_BYTES = 4 * 1024 * 1024;
const VALID_TYPES = new Set([8, 9, 18]);

const readAt = (fd: number, position: number, length: number) => {
  const buffer = Buffer.alloc(length);
  return buffer.subarray(0, fs.readSync(fd, buffer, 0, length, position));
};
const timestampOf = (header: Buffer) => header.readUIntBE(4, 3) + header[7]! * 0x1000000;

/** The last tag's timestamp: from the trailing PreviousTagSize, or (a cut-off file) by walking every tag header. */
function lastTimestamp(fd: number, size: number): number | null {
  const previous = readAt(fd, size - 4, 4);
  if (previous.length === 4) {
    const length = previous.readUInt32BE(0);
    const header = length >= 11 && length <= size - 17 ? readAt(fd, size - 4 - length, 11) : null;
    if (header?.length === 11 && VALID_TYPES.has(header[0]!) && header.readUIntBE(1, 3) + 11 === length) return timestampOf(header);
  }
  let last: number | null = null;
  for (let p = 13; p + 11 <= size; ) {
    const header = readAt(fd, p, 11);
    if (header.length < 11 || !VALID_TYPES.has(header[0]!)) break;
    const end = p + 11 + header.readUIntBE(1, 3) + 4;
    if (end > size) break;
    if (header[0] !== 18) last = timestampOf(header);
    p = end;
  }
  return last;
}

/**
 * What the live-to-VOD concat needs to know about one recorded connection, read from the file's
 * first tags and its last one (never the whole file). Null when it is not FLV or holds no media.
 */
export function inspectFlvRecording(file: string): FlvRecordingInfo | null {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    const pieces = createFlvTagSplitter().push(readAt(fd, 0, Math.min(size, HEAD_BYTES)));
    if (pieces[0]?.kind !== "header") return null;
    const tags = pieces.filter((p): p is { kind: "tag" } & FlvTag => p.kind === "tag");
    const media = tags.filter((t) => t.type !== "script" && !t.config);
    if (!media.length) return null;
    const videoConfig = tags.find((t) => t.type === "video" && t.config)?.data ?? null;
    const audioConfig = tags.find((t) => t.type === "audio" && t.config)?.data ?? null;
    // FLV AVC payloads: frame/codec byte, packet type, 3-byte composition time, then the record.
    const avc = videoConfig && (videoConfig[0]! & 0x0f) === 7 ? parseAvcSequenceHeader(videoConfig.subarray(5)) : null;
    const last = lastTimestamp(fd, size) ?? media.at(-1)!.timestamp;
    return {
      videoConfig,
      audioConfig,
      hasVideo: videoConfig !== null || media.some((t) => t.type === "video"),
      hasAudio: audioConfig !== null || media.some((t) => t.type === "audio"),
      width: avc?.width ?? null,
      height: avc?.height ?? null,
      durationSeconds: Math.max(0, last - media[0]!.timestamp) / 1000,
    };
  } finally {
    fs.closeSync(fd);
  }
}

import { classifyFlvTag } from "@/server/live/ingest/classify-flv-tag";
import { FLV_AUDIO, FLV_SCRIPT, FLV_VIDEO } from "@/server/live/ingest/encode-flv";

/**
 * One FLV tag, whole: 11-byte header, data, and the 4-byte PreviousTagSize after it. (The ingest's
 * reader yields tag payloads; simulcast needs the exact bytes and to join a stream mid-way.)
 */
export type FlvTag = {
  type: "audio" | "video" | "script";
  /** Milliseconds (24 bits + the extended byte). */
  timestamp: number;
  /** A video keyframe (not a sequence header). */
  keyframe: boolean;
  /** A decoder configuration: AVC/HEVC sequence header or AAC AudioSpecificConfig. */
  config: boolean;
  bytes: Buffer;
  /** The tag's payload (a view into `bytes`). */
  data: Buffer;
};

export type FlvPiece = { kind: "header"; bytes: Buffer } | ({ kind: "tag" } & FlvTag);

const TAG_TYPES: Record<number, FlvTag["type"]> = { [FLV_AUDIO]: "audio", [FLV_VIDEO]: "video", [FLV_SCRIPT]: "script" };
const FILE_HEADER_BYTES = 13; // "FLV", version, flags, data offset (9), PreviousTagSize0
/** A tag this large while hunting for a boundary is more likely noise than a tag. */
const MAX_SEARCH_TAG_BYTES = 2 * 1024 * 1024;

function describeTag(type: number, timestamp: number, data: Buffer): Pick<FlvTag, "keyframe" | "config"> {
  const info = classifyFlvTag({ type, timestamp, data });
  return { keyframe: info.keyframe, config: info.sequenceHeader };
}

/**
 * Splits an FLV byte stream, in whatever chunks it arrives, into its file header and whole tags.
 * A stream joined mid-way (no "FLV" signature first) is searched for the first tag boundary whose
 * PreviousTagSize confirms it; a broken tag later on starts that search again.
 */
export function createFlvTagSplitter(): { push(chunk: Buffer): FlvPiece[] } {
  let pending: Buffer = Buffer.alloc(0);
  let started = false;
  let synced = false;

  const parseAt = (p: number, searching: boolean): { piece: FlvPiece; end: number } | "wait" | "bad" => {
    if (pending.length - p < 11) return "wait";
    const type = TAG_TYPES[pending[p]!];
    const size = pending.readUIntBE(p + 1, 3);
    if (!type || pending.readUIntBE(p + 8, 3) !== 0 || (searching && size > MAX_SEARCH_TAG_BYTES)) return "bad";
    const end = p + 11 + size + 4;
    if (pending.length < end) return "wait";
    if (searching && pending.readUInt32BE(end - 4) !== size + 11) return "bad";
    const timestamp = pending.readUIntBE(p + 4, 3) + pending[p + 7]! * 0x1000000;
    const bytes = Buffer.from(pending.subarray(p, end));
    const data = bytes.subarray(11, 11 + size);
    return { piece: { kind: "tag", type, timestamp, ...describeTag(pending[p]!, timestamp, data), bytes, data }, end };
  };

  return {
    push(chunk) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      const out: FlvPiece[] = [];
      let p = 0;
      if (!started) {
        if (pending.length < 3) return out;
        started = true;
        if (pending.subarray(0, 3).toString("latin1") === "FLV") {
          if (pending.length < FILE_HEADER_BYTES) {
            started = false;
            return out;
          }
          out.push({ kind: "header", bytes: Buffer.from(pending.subarray(0, FILE_HEADER_BYTES)) });
          p = FILE_HEADER_BYTES;
          synced = true;
        }
      }
      for (;;) {
        const result = parseAt(p, !synced);
        if (result === "wait") break;
        if (result === "bad") {
          synced = false;
          p += 1;
          continue;
        }
        out.push(result.piece);
        p = result.end;
        synced = true;
      }
      pending = pending.subarray(p);
      return out;
    },
  };
}

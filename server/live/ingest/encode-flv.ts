/** One FLV tag: audio (8), video (9) or script data (18), timestamp in milliseconds. */
export type FlvTag = { type: number; timestamp: number; data: Buffer };

export const FLV_AUDIO = 8;
export const FLV_VIDEO = 9;
export const FLV_SCRIPT = 18;

/** The 9-byte FLV header plus PreviousTagSize0. */
export function encodeFlvHeader(has: { audio: boolean; video: boolean }): Buffer {
  const header = Buffer.alloc(13);
  header.write("FLV", 0, "latin1");
  header.writeUInt8(1, 3);
  header.writeUInt8((has.audio ? 0x04 : 0) | (has.video ? 0x01 : 0), 4);
  header.writeUInt32BE(9, 5);
  return header;
}

/** A tag's 11-byte header, its data and the PreviousTagSize that follows it. */
export function encodeFlvTag(tag: FlvTag): Buffer {
  const out = Buffer.alloc(11 + tag.data.length + 4);
  const timestamp = tag.timestamp >>> 0;
  out.writeUInt8(tag.type, 0);
  out.writeUIntBE(tag.data.length, 1, 3);
  out.writeUIntBE(timestamp & 0xffffff, 4, 3);
  out.writeUInt8(timestamp >>> 24, 7);
  tag.data.copy(out, 11);
  out.writeUInt32BE(11 + tag.data.length, 11 + tag.data.length);
  return out;
}

import type { FlvTag } from "./encode-flv";

const MAX_TAG_BYTES = 16 * 1024 * 1024;

/**
 * Reads an FLV byte stream pushed in arbitrary pieces: the header once, then whole tags.
 * Tag data is collected piecewise so a large keyframe costs one copy, not one per chunk.
 */
export function createFlvTagReader(handlers: { onHeader(has: { audio: boolean; video: boolean }): void; onTag(tag: FlvTag): void }) {
  let pending = Buffer.alloc(0);
  let headerDone = false;
  let tag: { type: number; timestamp: number; size: number; parts: Buffer[]; received: number } | null = null;
  let trailer = 0; // PreviousTagSize bytes still to skip

  return {
    push(chunk: Buffer) {
      const buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let offset = 0;
      while (offset < buf.length) {
        if (!headerDone) {
          if (buf.length - offset < 13) break;
          if (buf.toString("latin1", offset, offset + 3) !== "FLV") throw new Error("The stream is not FLV");
          const flags = buf.readUInt8(offset + 4);
          const dataOffset = buf.readUInt32BE(offset + 5);
          if (dataOffset < 9 || buf.length - offset < dataOffset + 4) {
            if (dataOffset < 9 || dataOffset > 1024) throw new Error("The FLV header is malformed");
            break;
          }
          offset += dataOffset + 4;
          headerDone = true;
          handlers.onHeader({ audio: (flags & 0x04) !== 0, video: (flags & 0x01) !== 0 });
        } else if (trailer > 0) {
          const n = Math.min(trailer, buf.length - offset);
          offset += n;
          trailer -= n;
        } else if (tag) {
          const n = Math.min(tag.size - tag.received, buf.length - offset);
          tag.parts.push(Buffer.from(buf.subarray(offset, offset + n)));
          tag.received += n;
          offset += n;
          if (tag.received === tag.size) {
            const done = tag;
            tag = null;
            trailer = 4;
            handlers.onTag({ type: done.type, timestamp: done.timestamp, data: Buffer.concat(done.parts, done.size) });
          }
        } else {
          if (buf.length - offset < 11) break;
          const size = buf.readUIntBE(offset + 1, 3);
          if (size > MAX_TAG_BYTES) throw new Error("An FLV tag is too large");
          const timestamp = (buf.readUIntBE(offset + 4, 3) | (buf.readUInt8(offset + 7) << 24)) >>> 0;
          const type = buf.readUInt8(offset) & 0x1f;
          offset += 11;
          if (size > 0) tag = { type, timestamp, size, parts: [], received: 0 };
          else {
            trailer = 4;
            handlers.onTag({ type, timestamp, data: Buffer.alloc(0) });
          }
        }
      }
      pending = offset < buf.length ? Buffer.from(buf.subarray(offset)) : Buffer.alloc(0);
    },
  };
}

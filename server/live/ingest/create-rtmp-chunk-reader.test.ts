import { describe, expect, it } from "vitest";
import { createRtmpChunkReader, type RtmpMessage } from "./create-rtmp-chunk-reader";
import { encodeRtmpMessage } from "./encode-rtmp-message";

const read = (bytes: Buffer, split = bytes.length, maxMessageBytes = 1 << 20) => {
  const messages: RtmpMessage[] = [];
  const reader = createRtmpChunkReader({ maxMessageBytes, onMessage: (m) => messages.push(m) });
  for (let i = 0; i < bytes.length; i += split) reader.push(bytes.subarray(i, i + split));
  return { messages, reader };
};
const u24 = (n: number) => Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);

describe("RTMP chunk reader", () => {
  it("reassembles a message split into 128-byte chunks, however the bytes arrive", () => {
    const payload = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
    const bytes = encodeRtmpMessage({ csid: 6, type: 9, streamId: 1, timestamp: 1234, payload }, 128);
    for (const split of [1, 7, 200, bytes.length]) {
      const [message] = read(bytes, split).messages;
      expect(message).toEqual({ csid: 6, type: 9, streamId: 1, timestamp: 1234, payload });
    }
  });

  it("applies fmt 1, 2 and 3 deltas, and extended timestamps", () => {
    const bytes = Buffer.concat([
      encodeRtmpMessage({ csid: 4, type: 8, streamId: 1, timestamp: 100, payload: Buffer.from("a") }, 128),
      Buffer.from([0x44]), u24(20), u24(2), Buffer.from([8]), Buffer.from("bb"), // fmt 1: +20, new length
      Buffer.from([0x84]), u24(30), Buffer.from("cc"), // fmt 2: +30, same length
      Buffer.from([0xc4]), Buffer.from("dd"), // fmt 3: +30 again
      encodeRtmpMessage({ csid: 5, type: 9, streamId: 1, timestamp: 0x1234567, payload: Buffer.alloc(300, 1) }, 128), // extended, 3 chunks
    ]);
    const { messages } = read(bytes, 5);
    expect(messages.map((m) => [m.csid, m.timestamp, m.payload.length])).toEqual([
      [4, 100, 1],
      [4, 120, 2],
      [4, 150, 2],
      [4, 180, 2],
      [5, 0x1234567, 300],
    ]);
  });

  it("follows Set Chunk Size and Abort", () => {
    const { reader, messages } = read(Buffer.alloc(0));
    reader.setChunkSize(4096);
    reader.push(encodeRtmpMessage({ csid: 6, type: 9, payload: Buffer.alloc(3000, 2) }, 4096));
    reader.push(encodeRtmpMessage({ csid: 7, type: 9, payload: Buffer.alloc(5000, 3) }, 4096).subarray(0, 12 + 4096)); // first chunk only
    reader.abort(7);
    reader.push(encodeRtmpMessage({ csid: 7, type: 8, payload: Buffer.from("fresh") }, 4096));
    expect(messages.map((m) => [m.csid, m.type, m.payload.length])).toEqual([
      [6, 9, 3000],
      [7, 8, 5],
    ]);
  });

  it("refuses a message over the limit and chunk streams that start mid-header", () => {
    expect(() => read(encodeRtmpMessage({ csid: 3, type: 20, payload: Buffer.alloc(2000) }, 128), 10_000, 1000)).toThrow(/over the 1000-byte limit/);
    expect(() => read(Buffer.from([0xc9, 0, 0, 0]))).toThrow(/without a full header/);
  });
});

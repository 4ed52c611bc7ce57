import { describe, expect, it } from "vitest";
import { createFlvTagReader } from "./create-flv-tag-reader";
import { encodeFlvHeader, encodeFlvTag, type FlvTag } from "./encode-flv";

describe("createFlvTagReader", () => {
  const tags: FlvTag[] = [
    { type: 18, timestamp: 0, data: Buffer.from("meta") },
    { type: 9, timestamp: 40, data: Buffer.alloc(20_000, 7) },
    { type: 8, timestamp: 0x01234567, data: Buffer.from([0xaf, 1, 2]) },
    { type: 8, timestamp: 50, data: Buffer.alloc(0) },
  ];
  const bytes = Buffer.concat([encodeFlvHeader({ audio: true, video: false }), ...tags.map(encodeFlvTag)]);

  it.each([1, 3, 11, 4096, bytes.length])("reads the header and every tag when bytes come %i at a time", (size) => {
    const seen: FlvTag[] = [];
    let header: unknown = null;
    const reader = createFlvTagReader({ onHeader: (has) => (header = has), onTag: (tag) => seen.push(tag) });
    for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
    expect(header).toEqual({ audio: true, video: false });
    expect(seen).toEqual(tags);
  });

  it("refuses a stream that is not FLV", () => {
    const reader = createFlvTagReader({ onHeader: () => {}, onTag: () => {} });
    expect(() => reader.push(Buffer.from("GIF89a........"))).toThrow(/not FLV/);
  });
});

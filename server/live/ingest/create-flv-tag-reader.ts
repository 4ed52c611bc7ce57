import { createFlvTagSplitter } from "./create-flv-tag-splitter";
import type { FlvTag } from "./encode-flv";

/**
 * Reads an FLV byte stream pushed in arbitrary pieces from its start: the header once, then each
 * tag's payload. A stream that does not start with the FLV signature is refused (unlike the
 * splitter underneath, which can join a stream mid-way).
 */
export function createFlvTagReader(handlers: { onHeader(has: { audio: boolean; video: boolean }): void; onTag(tag: FlvTag): void }) {
  const splitter = createFlvTagSplitter();
  let signature = Buffer.alloc(0);
  return {
    push(chunk: Buffer) {
      if (signature.length < 3) {
        signature = Buffer.concat([signature, chunk.subarray(0, 3 - signature.length)]);
        if (signature.length === 3 && signature.toString("latin1") !== "FLV") throw new Error("The stream is not FLV");
      }
      for (const piece of splitter.push(chunk)) {
        if (piece.kind === "header") handlers.onHeader({ audio: (piece.bytes[4]! & 0x04) !== 0, video: (piece.bytes[4]! & 0x01) !== 0 });
        else handlers.onTag({ type: piece.bytes[0]! & 0x1f, timestamp: piece.timestamp, data: piece.data });
      }
    },
  };
}

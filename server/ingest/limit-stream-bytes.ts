import { Transform } from "node:stream";
import { AppError } from "@/server/errors";
import { formatByteSize } from "./format-byte-size";

/** Passes bytes through and fails the stream once more than `maxBytes` went by. */
export function limitStreamBytes(maxBytes: number, onBytes?: (total: number) => void): Transform & { bytes: () => number } {
  let total = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > maxBytes) {
        callback(new AppError({ code: "payload_too_large", message: `input is larger than the ${formatByteSize(maxBytes)} limit` }));
        return;
      }
      onBytes?.(total);
      callback(null, chunk);
    },
  });
  return Object.assign(stream, { bytes: () => total });
}

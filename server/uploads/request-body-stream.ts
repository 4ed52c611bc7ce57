import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

/** A fetch Request's body as a Node stream, without reading it into memory. */
export function requestBodyStream(req: Request): Readable {
  return req.body ? Readable.fromWeb(req.body as unknown as NodeReadableStream<Uint8Array>) : Readable.from([]);
}

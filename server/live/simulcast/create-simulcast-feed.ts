import type { Readable } from "node:stream";
import { createFlvTagSplitter } from "@/server/live/ingest/create-flv-tag-splitter";

/** A publisher connection's FLV as simulcast targets read it, with what primes a push joining late. */
export type SimulcastFeed = {
  flv: Readable;
  /** FLV header + the latest metadata and sequence header tags seen so far. */
  primingHeader(): Buffer;
};

/**
 * Starts reading a connection's FLV from its first byte (call it when the connection begins), so
 * targets added later can be primed with the header and sequence headers they missed. Reading
 * here also keeps the feed flowing when no target is running.
 */
export function createSimulcastFeed(flv: Readable): SimulcastFeed {
  const reader = createFlvTagSplitter();
  const latest: { header: Buffer | null; metadata: Buffer | null; video: Buffer | null; audio: Buffer | null } = { header: null, metadata: null, video: null, audio: null };
  flv.on("data", (chunk: Buffer) => {
    for (const piece of reader.push(chunk)) {
      if (piece.kind === "header") latest.header ??= piece.bytes;
      else if (piece.type === "script" && piece.data.includes("onMetaData")) latest.metadata = piece.bytes;
      else if (piece.config) latest[piece.type === "video" ? "video" : "audio"] = piece.bytes;
    }
  });
  return {
    flv,
    primingHeader: () => Buffer.concat([latest.header, latest.metadata, latest.video, latest.audio].filter((b): b is Buffer => b !== null)),
  };
}

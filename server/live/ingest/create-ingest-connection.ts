import { Readable } from "node:stream";
import { newId } from "@/server/ids";
import { classifyFlvTag } from "./classify-flv-tag";
import { createIngestStats } from "./create-ingest-stats";
import { encodeFlvHeader, encodeFlvTag, type FlvTag } from "./encode-flv";
import type { IngestConnection, IngestProtocol } from "./ingest-types";

const FLV_BUFFER_BYTES = 2 * 1024 * 1024;
const STALL_MS = 10_000;
const VIDEO_WAIT_MS = 10_000;

/** How the connection steers the transport it reads from (an RTMP socket, an SRT receiver's stdout). */
export type IngestSource = { pause(): void; resume(): void; close(reason: string): void };

/**
 * The IngestConnection both servers hand out, fed with FLV tags. The FLV readable is bounded: when
 * its reader lags the source is paused, and a reader that takes nothing for 10 s ends the connection,
 * so a stuck consumer costs the publisher its connection, not the process its memory.
 */
export function createIngestConnection(opts: { protocol: IngestProtocol; streamKey: string; remoteAddress: string; source: IngestSource }) {
  const stats = createIngestStats(Date.now());
  const sequenceHeaderSeen = { video: false, audio: false };
  let headerWritten = false;
  let ended = false;
  let paused = false;
  let stallTimer: NodeJS.Timeout | undefined;

  const flv = new Readable({
    highWaterMark: FLV_BUFFER_BYTES,
    read() {
      if (!paused) return;
      paused = false;
      clearTimeout(stallTimer);
      opts.source.resume();
    },
  });
  flv.on("close", () => close("the consumer of the stream went away"));

  let resolveClosed!: (value: { reason: string }) => void;
  const closed = new Promise<{ reason: string }>((resolve) => (resolveClosed = resolve));
  let resolveVideo!: (value: Awaited<IngestConnection["videoReady"]>) => void;
  const videoReady: IngestConnection["videoReady"] = new Promise((resolve) => (resolveVideo = resolve));
  const videoTimer = setTimeout(() => resolveVideo(null), VIDEO_WAIT_MS).unref();

  const push = (bytes: Buffer) => {
    if (ended || flv.push(bytes) || paused) return;
    paused = true;
    opts.source.pause();
    stallTimer = setTimeout(() => close(`nothing read the stream for ${STALL_MS / 1000} s`), STALL_MS).unref();
  };

  const writeHeader = (has: { audio: boolean; video: boolean }) => {
    if (headerWritten) return;
    headerWritten = true;
    push(encodeFlvHeader(has));
  };

  const writeTag = (tag: FlvTag) => {
    if (ended) return;
    const info = classifyFlvTag(tag);
    // A frame before its codec's sequence header cannot be decoded by anyone downstream.
    if (info.frame && info.needsSequenceHeader && !sequenceHeaderSeen[info.media]) return;
    if (info.sequenceHeader) sequenceHeaderSeen[info.media] = true;
    stats.observe(tag, info);
    if (!headerWritten) {
      // Metadata first (the usual order) tells which tracks exist; otherwise announce both.
      const known = stats.snapshot();
      const fromMetadata = info.media === "script" && (known.videoCodec !== null || known.audioCodec !== null);
      writeHeader(fromMetadata ? { video: known.videoCodec !== null, audio: known.audioCodec !== null } : { video: true, audio: true });
    }
    push(encodeFlvTag(tag));
    if (info.media === "video" && info.frame) resolveVideo(stats.video());
  };

  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    clearTimeout(stallTimer);
    clearTimeout(videoTimer);
    flv.push(null);
    resolveVideo(null);
    resolveClosed({ reason });
  };

  function close(reason: string) {
    if (ended) return;
    end(reason);
    opts.source.close(reason);
  }

  const connection: IngestConnection = {
    id: `ingest_${newId(16)}`,
    protocol: opts.protocol,
    streamKey: opts.streamKey,
    remoteAddress: opts.remoteAddress,
    flv,
    videoReady,
    stats: () => stats.snapshot(),
    close,
    closed,
  };
  return { connection, writeHeader, writeTag, countBytes: stats.countBytes, end };
}

/**
 * The contract between the ingest servers (RTMP, RTMPS, SRT) and whoever runs live sessions.
 * A server asks `authorize` before any media flows, then hands each accepted publisher to
 * `onPublish` as an IngestConnection whose `flv` is the published stream as FLV bytes.
 */
import type { Readable } from "node:stream";

export type IngestProtocol = "rtmp" | "rtmps" | "srt";
export type PublishRequest = { protocol: IngestProtocol; streamKey: string; remoteAddress: string };
export type PublishDecision = { accept: true } | { accept: false; reason: string };
export type IngestStats = {
  bytesReceived: number;
  videoFrames: number;
  audioFrames: number;
  keyframes: number;
  /** Over the last ~5 s. */
  bitrateKbps: number;
  /** Over the last ~5 s. */
  fps: number;
  keyframeIntervalSeconds: number | null;
  videoCodec: "h264" | "hevc" | "other" | null;
  audioCodec: "aac" | "mp3" | "other" | null;
  width: number | null;
  height: number | null;
  /** From metadata or measured. */
  frameRate: number | null;
  /** Epoch ms. */
  connectedAt: number;
  /** Epoch ms when the first video frame arrived. */
  firstVideoAt: number | null;
  /** Last video/audio timestamp - first, seconds. */
  mediaSeconds: number;
};
export interface IngestConnection {
  readonly id: string;
  readonly protocol: IngestProtocol;
  readonly streamKey: string;
  readonly remoteAddress: string;
  /** FLV byte stream as published: FLV header + tags (sequence headers first). Ends when the publisher leaves. */
  readonly flv: Readable;
  /** Resolves once the first video frame (after the sequence header) arrived, or null if the connection closed first / no video in 10 s. */
  readonly videoReady: Promise<{ codec: IngestStats["videoCodec"]; width: number | null; height: number | null; frameRate: number | null } | null>;
  stats(): IngestStats;
  close(reason: string): void;
  /** Resolves when the connection is gone (publisher left, error, or close()). */
  readonly closed: Promise<{ reason: string }>;
}
export type IngestHandler = { authorize(req: PublishRequest): Promise<PublishDecision>; onPublish(conn: IngestConnection): void };

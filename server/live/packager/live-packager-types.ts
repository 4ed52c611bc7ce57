import type { Writable } from "node:stream";
import type { Storage } from "@/server/storage/storage";

export type LatencyMode = "low" | "reduced" | "standard";

export type LiveRenditionSpec = {
  name: string;
  width: number | null;
  height: number | null;
  frameRate: number | null;
  /** Bits/s estimate for the master playlist. */
  bandwidth: number;
};

export type CreateLivePackagerOptions = {
  liveStreamId: string;
  latencyMode: LatencyMode;
  renditions: LiveRenditionSpec[];
  dvrWindowSeconds: number;
  storage: Storage;
  /** e.g. live/{streamId}/{sessionId}; segments go to {prefix}/{name}/{msn}.m4s, inits to {prefix}/{name}/init-{d}.mp4. */
  storagePrefix: string;
};

export type LiveResponse = { status: number; headers: Record<string, string>; body: Uint8Array | string };

export type LiveConnection = {
  /** The writable to pipe one rendition's fragmented MP4 into (the same one on every call). */
  input(renditionName: string): Writable;
  /** Every rendition's input ended (or was destroyed) and its last segment was flushed. */
  done(): Promise<void>;
};

export interface LivePackager {
  /**
   * A publisher connection begins (the first, or a reconnect: EXT-X-DISCONTINUITY + new EXT-X-MAP).
   * wallClockAtStart = epoch ms of the first frame's capture (PDT anchor). A connection still open
   * is closed first (its unfinished segments are completed, later bytes from it are ignored).
   */
  beginConnection(opts: { wallClockAtStart: number }): LiveConnection;
  /** Seconds of media packaged (all connections). */
  mediaSeconds(): number;
  /** No more connections: EXT-X-ENDLIST; pending requests resolve. */
  end(): void;
  /**
   * Serves `/…` below the stream: "index.m3u8" (master), "{name}.m3u8" (with ?_HLS_msn=&_HLS_part=&_HLS_skip=
   * blocking/delta), "{name}/init-{d}.mp4", "{name}/{msn}.m4s", "{name}/{msn}.{part}.m4s".
   */
  handle(path: string, query: URLSearchParams, signal?: AbortSignal): Promise<LiveResponse>;
  /** Frees memory and answers every waiting request; later requests get 404. */
  close(): void;
}

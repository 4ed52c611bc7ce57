import { spawn, type ChildProcess } from "node:child_process";
import type { Readable } from "node:stream";
import { env } from "@/server/env";
import { liveTranscodeArgs } from "@/server/media/ffmpeg/live/live-transcode";
import type { LiveRendition } from "./choose-live-ladder";

const STDERR_TAIL_LINES = 12;

export type LiveTranscoder = {
  child: ChildProcess;
  stdin: NodeJS.WritableStream;
  /** One fragmented MP4 stream per rendition, in ladder order. */
  outputs: Readable[];
  droppedFrames(): number;
  /** Resolves with a human reason when ffmpeg exits. */
  exited: Promise<{ code: number | null; reason: string }>;
  stop(): Promise<void>;
};

/** Starts the connection's live transcoder (see liveTranscodeArgs) and watches its progress. */
export function spawnLiveTranscoder(input: { renditions: LiveRendition[]; hasAudio: boolean }): LiveTranscoder {
  const args = liveTranscodeArgs(input);
  const child = spawn(env.FFMPEG_PATH, args, { stdio: ["pipe", "pipe", "pipe", ...input.renditions.map(() => "pipe" as const)] });
  let dropped = 0;
  const tail: string[] = [];
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    const match = /drop_frames=(\d+)/g;
    for (const m of chunk.matchAll(match)) dropped = Number(m[1]);
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    tail.push(...chunk.split(/\r?\n/).filter((l) => l.trim()).map((l) => l.slice(0, 300)));
    if (tail.length > STDERR_TAIL_LINES) tail.splice(0, tail.length - STDERR_TAIL_LINES);
  });
  // A publisher that leaves mid-write makes stdin EPIPE; that is the normal end of a connection.
  child.stdin!.on("error", () => undefined);
  const exited = new Promise<{ code: number | null; reason: string }>((resolve) => {
    child.on("error", (error) => resolve({ code: null, reason: `ffmpeg could not start: ${error.message}` }));
    child.on("exit", (code, signal) =>
      resolve({ code, reason: code === 0 ? "transcoder finished" : `transcoder stopped (${signal ?? `exit ${code}`}): ${tail.at(-1) ?? "no output"}` }),
    );
  });
  return {
    child,
    stdin: child.stdin!,
    outputs: input.renditions.map((_, i) => child.stdio[3 + i] as Readable),
    droppedFrames: () => dropped,
    exited,
    async stop() {
      // Closing stdin lets ffmpeg flush the last fragments; a stuck one is killed.
      child.stdin!.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

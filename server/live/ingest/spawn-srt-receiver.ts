import { spawn } from "node:child_process";
import dgram from "node:dgram";
import type { Readable } from "node:stream";
import { env } from "@/server/env";
import { buildSrtReceiverArgs } from "@/server/media/ffmpeg/live/srt-receiver";

const KILL_GRACE_MS = 2_000;
const STDERR_TAIL_LINES = 8;
// The proxy starts the handshake with the receiver right after spawning; an unused receiver gives up.
const LISTEN_TIMEOUT_MS = 5_000;

export type SrtReceiver = {
  port: number;
  /** FLV as ffmpeg writes it. */
  stdout: Readable;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderrTail: string }>;
  stop(): void;
};

/** Starts the ffmpeg SRT listener for one caller on a free loopback UDP port. */
export async function spawnSrtReceiver(opts: { latencyMs: number }): Promise<SrtReceiver> {
  const port = await freeUdpPort();
  const child = spawn(env.FFMPEG_PATH, buildSrtReceiverArgs({ port, latencyMs: opts.latencyMs, listenTimeoutMs: LISTEN_TIMEOUT_MS }), {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const tail: string[] = [];
  child.stderr.setEncoding("utf8").on("data", (text: string) => {
    tail.push(...text.split(/\r?\n/).filter((line) => line.trim()));
    tail.splice(0, Math.max(0, tail.length - STDERR_TAIL_LINES));
  });
  let killTimer: NodeJS.Timeout | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderrTail: string }>((resolve) => {
    child.once("error", (error) => resolve({ code: null, signal: null, stderrTail: `ffmpeg could not be started (${error.message})` }));
    child.once("close", (code, signal) => {
      clearTimeout(killTimer);
      resolve({ code, signal, stderrTail: tail.join("\n") });
    });
  });
  return {
    port,
    stdout: child.stdout,
    exited,
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      killTimer ??= setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS).unref();
    },
  };
}

function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket("udp4");
    socket.once("error", reject);
    socket.bind(0, "127.0.0.1", () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

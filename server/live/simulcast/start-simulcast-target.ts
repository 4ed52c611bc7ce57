import { spawn, type ChildProcess } from "node:child_process";
import type { Readable } from "node:stream";
import { env } from "@/server/env";
import { simulcastPushArgs } from "@/server/media/ffmpeg/live/simulcast-push";
import { createFlvTagSplitter, type FlvPiece, type FlvTag } from "@/server/live/ingest/create-flv-tag-splitter";

export type SimulcastStatus = "starting" | "broadcasting" | "errored";

export type SimulcastTargetSpec = { id: string; url: string; streamKey: string | null };

export type StartSimulcastTargetInput = {
  target: SimulcastTargetSpec;
  /** The live FLV; may be joined mid-stream (tags are found by their boundaries). Never paused. */
  flv: Readable;
  /** FLV header + metadata + sequence header tags that prime a (re)started push. */
  flvHeader: Buffer;
  onStatus(status: SimulcastStatus, error?: string): void;
  /** Restart delays: the first, doubled after each failure up to the last. */
  retryMs?: { initial: number; max: number };
  /** Bytes waiting in ffmpeg's stdin above which tags are dropped until the next keyframe. */
  maxBufferedBytes?: number;
  /** How long the target may take to accept the stream before the attempt counts as failed. */
  startTimeoutMs?: number;
};

const STDERR_TAIL_LINES = 12;
/** A push that broadcast this long restarts after the first delay again, not the grown one. */
const HEALTHY_MS = 10_000;
const STOP_GRACE_MS = 3_000;
// Flags 5: audio and video. Only used when neither the priming bytes nor the feed had a header.
const DEFAULT_FILE_HEADER = Buffer.from("464c5601050000000900000000", "hex");

/**
 * Pushes the live FLV to one simulcast target with `ffmpeg -c copy` until stopped or the feed
 * ends. Failures never reach the source: the feed is always read at its own pace, a lagging push
 * loses tags up to the next keyframe, a broken pipe is ignored, and a push that exits is reported
 * `errored` (with the telling stderr line) and restarted after a growing delay (2 s … 30 s), primed
 * with the latest header and sequence headers and fed from the next keyframe.
 */
export function startSimulcastTarget(input: StartSimulcastTargetInput): { stop(): Promise<void> } {
  const retry = input.retryMs ?? { initial: 2_000, max: 30_000 };
  const maxBuffered = input.maxBufferedBytes ?? 4 * 1024 * 1024;
  const startTimeoutMs = input.startTimeoutMs ?? 20_000;
  const priming: { header: Buffer | null; metadata: Buffer | null; video: Buffer | null; audio: Buffer | null } = { header: null, metadata: null, video: null, audio: null };
  let sawVideo = false;
  let child: ChildProcess | null = null;
  let childExited: Promise<void> = Promise.resolve();
  let waitingForKeyframe = true;
  let stopped = false;
  let sourceEnded = false;
  let delay = retry.initial;
  let restartTimer: NodeJS.Timeout | undefined;

  const remember = (piece: FlvPiece) => {
    if (piece.kind === "header") {
      priming.header ??= piece.bytes;
      return;
    }
    if (piece.type === "video") sawVideo = true;
    if (piece.type === "script" && piece.data.includes("onMetaData")) priming.metadata = piece.bytes;
    if (piece.config) priming[piece.type === "video" ? "video" : "audio"] = piece.bytes;
  };
  for (const piece of createFlvTagSplitter().push(input.flvHeader)) remember(piece);

  const isSyncPoint = (tag: FlvTag) => tag.keyframe || (!sawVideo && !priming.video && tag.type === "audio" && !tag.config);
  const forward = (tag: FlvTag) => {
    const stdin = child?.stdin;
    if (!stdin || stdin.destroyed || stdin.writableEnded) return;
    if (stdin.writableLength > maxBuffered) {
      waitingForKeyframe = true;
      return;
    }
    // Configuration and metadata pass even while waiting: the keyframe to come needs them.
    if (waitingForKeyframe && !tag.config && tag.type !== "script") {
      if (!isSyncPoint(tag)) return;
      waitingForKeyframe = false;
    }
    stdin.write(tag.bytes);
  };

  const reader = createFlvTagSplitter();
  const onData = (chunk: Buffer) => {
    for (const piece of reader.push(chunk)) {
      remember(piece);
      if (piece.kind === "tag") forward(piece);
    }
  };
  const onEnd = () => {
    if (sourceEnded) return;
    sourceEnded = true;
    clearTimeout(restartTimer);
    child?.stdin?.end();
  };
  input.flv.on("data", onData);
  input.flv.once("end", onEnd);
  input.flv.once("close", onEnd);
  input.flv.once("error", onEnd);
  if (input.flv.readableEnded || input.flv.destroyed) sourceEnded = true;

  const launch = () => {
    if (stopped || sourceEnded) return;
    input.onStatus("starting");
    const tail: string[] = [];
    let broadcastingSince: number | null = null;
    let failure: string | null = null;
    const proc = spawn(env.FFMPEG_PATH, simulcastPushArgs(input.target), { stdio: ["pipe", "pipe", "pipe"] });
    child = proc;
    // The target going away mid-write is reported through the exit, not as an error here.
    proc.stdin.on("error", () => undefined);
    proc.stdin.write(Buffer.concat([priming.header ?? DEFAULT_FILE_HEADER, ...[priming.metadata, priming.video, priming.audio].filter((b): b is Buffer => b !== null)]));
    waitingForKeyframe = true;
    const startTimer = setTimeout(() => {
      failure = `the target did not accept the stream within ${Math.round(startTimeoutMs / 1000)} s`;
      proc.kill("SIGKILL");
    }, startTimeoutMs);
    proc.stdout.setEncoding("utf8").on("data", (text: string) => {
      if (broadcastingSince !== null || !text.includes("progress=")) return;
      broadcastingSince = Date.now();
      clearTimeout(startTimer);
      if (!stopped) input.onStatus("broadcasting");
    });
    proc.stderr.setEncoding("utf8").on("data", (text: string) => {
      tail.push(...text.split(/\r?\n|\r/).filter((l) => l.trim()));
      if (tail.length > STDERR_TAIL_LINES) tail.splice(0, tail.length - STDERR_TAIL_LINES);
    });
    childExited = new Promise<void>((resolve) => {
      let settled = false;
      const settle = (code: number | null, signal: NodeJS.Signals | null, spawnError?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(startTimer);
        if (child === proc) child = null;
        resolve();
        if (stopped || (sourceEnded && code === 0)) return;
        const reason = failure ?? (spawnError ? `ffmpeg could not start (${spawnError.message})` : describeExit(tail, code, signal, input.target.streamKey));
        input.onStatus("errored", reason);
        if (sourceEnded) return;
        if (broadcastingSince !== null && Date.now() - broadcastingSince >= HEALTHY_MS) delay = retry.initial;
        restartTimer = setTimeout(launch, delay);
        delay = Math.min(delay * 2, retry.max);
      };
      proc.once("error", (error) => settle(null, null, error));
      proc.once("close", (code, signal) => settle(code, signal));
    });
  };
  launch();

  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(restartTimer);
      input.flv.off("data", onData);
      // Keep the feed flowing for whoever else reads it (and discard it when nobody does).
      input.flv.resume();
      const proc = child;
      if (!proc) return;
      proc.stdin?.end();
      const killTimer = setTimeout(() => proc.kill("SIGKILL"), STOP_GRACE_MS);
      await childExited;
      clearTimeout(killTimer);
    },
  };
}

/** The line of ffmpeg's stderr that says what went wrong, with the target's stream key hidden. */
function describeExit(tail: string[], code: number | null, signal: NodeJS.Signals | null, streamKey: string | null): string {
  const lines = tail.map((l) => l.replace(/^\[[^\]]*@ 0x[0-9a-f]+\]\s*/, "").trim()).filter((l) => l && l !== "Conversion failed!");
  let reason = lines.at(-1) ?? (code === 0 ? "the target closed the connection" : `ffmpeg exited (${signal ?? `code ${code}`})`);
  if (streamKey) reason = reason.replaceAll(streamKey, "…");
  return reason.slice(0, 300);
}

import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { env } from "@/server/env";
import { classifyFfmpegFailure, describeBadInput, FfmpegError } from "./ffmpeg-error";
import { formatCommandLine } from "./format-command-line";

export type FfmpegTool = "ffmpeg" | "ffprobe";

const STDERR_TAIL_LINES = 20;
/** Niceness of batch ffmpeg/ffprobe runs (media jobs); live transcoders keep the default 0. */
const BATCH_NICENESS = 10;
const KILL_GRACE_MS = 2_000;

export interface RunCommandOptions {
  signal?: AbortSignal;
  /** Receives stdout as it arrives (ffmpeg's -progress stream); stdout is then not buffered. */
  onStdout?: (chunk: string) => void;
}

const binaryOf = (tool: FfmpegTool) => (tool === "ffmpeg" ? env.FFMPEG_PATH : env.FFPROBE_PATH);

// The message is for people: a plain sentence plus the telling stderr line, our paths cut to file names.
function summarise(tool: FfmpegTool, tail: string[], args: readonly string[], exitCode: number | null): string {
  const lines = tail.map((l) => l.replace(/^\[[^\]]*@ 0x[0-9a-f]+\]\s*/, "").trim()).filter((l) => l && l !== "Conversion failed!");
  const telling = lines.find((l) => describeBadInput(l)) ?? lines.at(-1);
  let detail = telling ?? `exited with code ${exitCode}`;
  for (const arg of args) if (path.isAbsolute(arg)) detail = detail.replaceAll(arg, path.basename(arg));
  const plain = telling ? describeBadInput(telling) : null;
  return plain ? `${plain} (${detail})` : `${tool} failed: ${detail}`;
}

/** Runs ffmpeg or ffprobe once; resolves with stdout, rejects with an FfmpegError. */
export function runCommand(tool: FfmpegTool, args: readonly string[], options: RunCommandOptions = {}): Promise<{ stdout: string; stderrTail: string }> {
  const binary = binaryOf(tool);
  const command = formatCommandLine(binary, args);
  const fail = (input: Omit<ConstructorParameters<typeof FfmpegError>[0], "command">) => new FfmpegError({ ...input, command });
  if (options.signal?.aborted) {
    return Promise.reject(fail({ message: `${tool} was cancelled`, kind: "cancelled", stderrTail: "" }));
  }
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
    // Batch work yields to live transcoders on a busy host: a starved live encoder adds latency without bound.
    if (child.pid) {
      try {
        os.setPriority(child.pid, BATCH_NICENESS);
      } catch {
        // not permitted here: run at normal priority
      }
    }
    const tail: string[] = [];
    let partial = "";
    let stdout = "";
    let cancelled = false;
    let killTimer: NodeJS.Timeout | undefined;

    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      if (options.onStdout) options.onStdout(chunk);
      else stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      const lines = (partial + chunk).split(/\r?\n|\r/);
      partial = lines.pop() ?? "";
      tail.push(...lines.filter((l) => l.trim()).map((l) => l.slice(0, 500)));
      if (tail.length > STDERR_TAIL_LINES) tail.splice(0, tail.length - STDERR_TAIL_LINES);
    });

    const onAbort = () => {
      cancelled = true;
      child.kill("SIGTERM");
      killTimer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });

    child.once("error", (error) => {
      options.signal?.removeEventListener("abort", onAbort);
      reject(fail({ message: `${tool} could not be started (${error.message})`, kind: "spawn", stderrTail: "", cause: error }));
    });
    child.once("close", (exitCode, signal) => {
      clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
      if (partial.trim()) tail.push(partial.slice(0, 500));
      const stderrTail = tail.slice(-STDERR_TAIL_LINES).join("\n");
      if (cancelled) return reject(fail({ message: `${tool} was cancelled`, kind: "cancelled", stderrTail, exitCode }));
      if (exitCode === 0) return resolve({ stdout, stderrTail });
      const message = signal ? `${tool} was killed by ${signal}` : summarise(tool, tail, args, exitCode);
      reject(fail({ message, kind: signal ? "failed" : classifyFfmpegFailure(stderrTail), stderrTail, exitCode }));
    });
  });
}

import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ffmpegBuilders, ffmpegJobSchema, type FfmpegJob, type FfmpegJobInput, type FfmpegResult } from "./builders";
import { probeBuilder } from "./builders/probe";
import type { BuilderTools, FfmpegBuilder, FfmpegCommand } from "./define-builder";
import { FfmpegError } from "./ffmpeg-error";
import { formatCommandLine } from "./format-command-line";
import { normaliseProbe } from "./normalise-probe";
import { runCommand } from "./run-command";
import { trackProgress } from "./track-progress";

export interface RunFfmpegJobOptions {
  /** Percent 0..100 of the job's progress command, monotonic; only for jobs with a known duration. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

function globalArgs(command: FfmpegCommand, withProgress: boolean): string[] {
  if (command.tool === "ffprobe") return ["-hide_banner"];
  return ["-hide_banner", "-nostdin", "-loglevel", "warning", "-y", ...(withProgress ? ["-progress", "pipe:1", "-stats_period", "0.2", "-nostats"] : [])];
}

/** Runs one typed ffmpeg/ffprobe job on local files and returns its typed result. */
export async function runFfmpegJob<J extends FfmpegJobInput>(
  input: J,
  options: RunFfmpegJobOptions = {},
): Promise<FfmpegResult<J["type"]>> {
  const job = ffmpegJobSchema.parse(input);
  // The map is exhaustive by type; TypeScript cannot correlate the key with the union member here.
  const builder = ffmpegBuilders[job.type] as FfmpegBuilder<FfmpegJob, FfmpegResult<J["type"]>>;
  const scratchDir = await fs.mkdtemp(path.join(os.tmpdir(), "kf-ffmpeg-"));
  const tools: BuilderTools = {
    scratchDir,
    async probe(file) {
      const [command] = probeBuilder.commands({ type: "probe", input: file }, tools);
      const run = await runCommand("ffprobe", [...globalArgs(command!, false), ...command!.args], { signal: options.signal });
      return normaliseProbe(JSON.parse(run.stdout));
    },
  };
  let lastCommand = "";
  let lastStderr = "";
  try {
    const duration = await builder.expectedDuration?.(job, tools);
    let stdout = "";
    for (const command of builder.commands(job, tools)) {
      const withProgress = Boolean(command.progress && options.onProgress);
      const args = [...globalArgs(command, withProgress), ...command.args];
      lastCommand = formatCommandLine(command.tool, args);
      const run = await runCommand(command.tool, args, {
        signal: options.signal,
        onStdout: withProgress ? trackProgress(duration, options.onProgress!) : undefined,
      });
      stdout = run.stdout;
      lastStderr = run.stderrTail;
    }
    return await builder.result(job, { stdout }, tools);
  } catch (error) {
    const failure =
      error instanceof FfmpegError
        ? error
        : new FfmpegError({
            message: error instanceof Error ? error.message : String(error),
            kind: "failed",
            command: lastCommand,
            stderrTail: lastStderr,
            cause: error,
          });
    const recovered = builder.recover?.(failure, job);
    if (recovered !== undefined) return recovered;
    throw failure;
  } finally {
    await fs.rm(scratchDir, { recursive: true, force: true });
  }
}

/**
 * The shape every ffmpeg/ffprobe builder has. A builder turns one typed job into the command(s) to
 * run and reads their outcome into a typed result. Jobs name files by `input` (a file to read) and
 * `output` (a file to write) or `outputDir` (a directory to fill); the worker maps those from
 * storage keys to local paths, so builders only ever see local paths.
 */
import type { FfmpegError } from "./ffmpeg-error";
import type { MediaInfo } from "./media-info";
import type { FfmpegTool } from "./run-command";

export interface FfmpegCommand {
  tool: FfmpegTool;
  args: string[];
  /** Report this command's progress (-progress pipe:1 is added for it). */
  progress?: boolean;
}

export interface BuilderTools {
  /** A private directory for intermediate files, removed after the job. */
  scratchDir: string;
  probe(file: string): Promise<MediaInfo>;
}

export interface FfmpegBuilder<TJob extends { type: string }, TResult> {
  commands(job: TJob, tools: BuilderTools): FfmpegCommand[];
  /** Seconds of media the progress command writes; percent is measured against it. */
  expectedDuration?(job: TJob, tools: BuilderTools): Promise<number | undefined>;
  result(job: TJob, run: { stdout: string }, tools: BuilderTools): Promise<TResult>;
  /** Turns a failure into a result when the failure is itself the answer (probe: "not media"). */
  recover?(error: FfmpegError, job: TJob): TResult | undefined;
  /** A result that says the input is unusable; the worker fails such a job as bad input. */
  inputProblem?(result: TResult): string | null;
}

/** Identity helper so each builder file gets its job and result types checked in one place. */
export function defineBuilder<TJob extends { type: string }, TResult>(builder: FfmpegBuilder<TJob, TResult>) {
  return builder;
}

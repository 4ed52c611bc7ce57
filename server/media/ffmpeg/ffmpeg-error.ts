/**
 * Why an ffmpeg/ffprobe run failed. `bad_input`: the input is not usable media (retrying will not
 * help); `failed`: anything else the tool reported; `cancelled`: the caller aborted; `spawn`: the
 * binary could not be started.
 */
export type FfmpegFailureKind = "bad_input" | "failed" | "cancelled" | "spawn";

// stderr lines that mean "this input is not media we can read", not a fault of ours, in plain words.
const badInputPatterns: [RegExp, string][] = [
  [/Invalid data found when processing input/i, "The file is not a video or audio format that can be read"],
  [/moov atom not found/i, "The file is incomplete or corrupt: its index (moov atom) is missing, as when an upload was cut short"],
  [/EBML header parsing failed/i, "The file is corrupt: its WebM/Matroska header cannot be read"],
  [/could not find codec parameters/i, "The file's streams cannot be decoded"],
  [/does not contain any stream/i, "The file has no audio or video that can be used"],
  [/matches no streams/i, "The file lacks a stream this job needs (for example, it has no video)"],
  [/Invalid NAL unit size|error while decoding/i, "The file's video is corrupt"],
];

/** The plain-language sentence for a bad-input stderr line, or null when the line is not one. */
export function describeBadInput(stderr: string): string | null {
  return badInputPatterns.find(([pattern]) => pattern.test(stderr))?.[1] ?? null;
}

export function classifyFfmpegFailure(stderrTail: string): FfmpegFailureKind {
  return describeBadInput(stderrTail) ? "bad_input" : "failed";
}

/** An ffmpeg/ffprobe failure carrying the full command line and the tail of stderr for operators. */
export class FfmpegError extends Error {
  readonly kind: FfmpegFailureKind;
  readonly command: string;
  readonly stderrTail: string;
  readonly exitCode: number | null;

  constructor(input: {
    message: string;
    kind: FfmpegFailureKind;
    command: string;
    stderrTail: string;
    exitCode?: number | null;
    cause?: unknown;
  }) {
    super(input.message, { cause: input.cause });
    this.name = "FfmpegError";
    this.kind = input.kind;
    this.command = input.command;
    this.stderrTail = input.stderrTail;
    this.exitCode = input.exitCode ?? null;
  }

  /** Message, command and stderr tail in one block, for logs and the job row's error detail. */
  get detail(): string {
    return `${this.message}\n\ncommand: ${this.command}\n\nstderr (last lines):\n${this.stderrTail}`;
  }
}

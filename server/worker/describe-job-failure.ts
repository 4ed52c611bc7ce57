import { ZodError } from "zod";
import type { MediaJobRow } from "@/server/db/schema";
import { FfmpegError } from "@/server/media/ffmpeg/ffmpeg-error";
import { BadMediaInputError } from "./execute-media-job";

/** What to write on the row for a failed attempt: kind, a message for people, detail for operators. */
export function describeJobFailure(error: unknown): {
  kind: NonNullable<MediaJobRow["failureKind"]>;
  message: string;
  detail?: string;
} {
  if (error instanceof FfmpegError) {
    return { kind: error.kind === "bad_input" ? "bad_input" : "error", message: error.message, detail: error.detail };
  }
  if (error instanceof BadMediaInputError) return { kind: "bad_input", message: error.message };
  if (error instanceof ZodError) return { kind: "bad_input", message: `The job is not valid: ${error.issues[0]?.message ?? "invalid"}` };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "error", message, detail: error instanceof Error ? error.stack : undefined };
}

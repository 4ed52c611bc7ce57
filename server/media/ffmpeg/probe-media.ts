import { runFfmpegJob, type RunFfmpegJobOptions } from "./run-ffmpeg-job";
import type { MediaInfo } from "./media-info";

/** What a local file is. Never throws for unreadable input: `problem` says why instead. */
export function probeMedia(file: string, options: Pick<RunFfmpegJobOptions, "signal"> = {}): Promise<MediaInfo> {
  return runFfmpegJob({ type: "probe", input: file }, options);
}

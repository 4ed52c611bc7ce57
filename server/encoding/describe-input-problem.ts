import type { InputAnalysis } from "@/server/media/ffmpeg/builders/analyze";

/**
 * Why an input cannot become an asset, in words a person can act on, or null when it can:
 * "no video or audio stream found", "file is truncated at 43%", "file is empty".
 */
export function describeInputProblem(analysis: InputAnalysis, sourceSize: number | null): string | null {
  const { info } = analysis;
  if (sourceSize === 0) return "file is empty (0 bytes)";
  if (!info.video.length && !info.audio.length) {
    // A cut-off MP4 (no index) is recognisably media; anything else is simply not audio or video.
    if (info.problem && /incomplete|corrupt/i.test(info.problem)) return `file is truncated or corrupt: ${info.problem.replace(/^The file is (incomplete or corrupt: )?/i, "")}`;
    return "no video or audio stream found";
  }
  if (analysis.dataEndSeconds === null || analysis.dataEndSeconds <= 0) return "file contains no audio or video data";
  if (analysis.truncatedAtPercent !== null) return `file is truncated at ${analysis.truncatedAtPercent}%`;
  const video = info.video[0];
  if (video && (!video.width || !video.height)) return "the video stream has no picture size and cannot be decoded";
  return null;
}

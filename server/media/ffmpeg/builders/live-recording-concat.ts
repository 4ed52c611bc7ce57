import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { inspectFlvRecording, type FlvRecordingInfo } from "@/server/live/recording/inspect-flv-recording";
import { defineBuilder, type FfmpegCommand } from "../define-builder";

/**
 * Live-to-VOD: the FLV recordings of one live session's connections, in order, joined into one
 * MP4 with continuous timestamps. Recordings that start with the same decoder configuration (the
 * same encoder reconnecting) are copied back to back with the concat demuxer; when the
 * configuration changed between connections the copy would be undecodable, so they are re-encoded
 * to the first one's size instead.
 */
export const liveRecordingConcatJobSchema = z.object({
  type: z.literal("live-recording-concat"),
  /** The session's recordings, oldest first. */
  inputs: z.array(z.string().min(1)).min(1).max(10_000),
  /** The asset's source (no extension: the container is named explicitly). */
  output: z.string().min(1),
});
type LiveRecordingConcatJob = z.infer<typeof liveRecordingConcatJobSchema>;

export interface LiveRecordingConcatResult {
  durationSeconds: number;
  fileSize: number;
  /** Recordings that held media (the others were skipped). */
  recordings: number;
  reencoded: boolean;
}

type Recording = { file: string; info: FlvRecordingInfo };

function recordingsOf(job: LiveRecordingConcatJob): Recording[] {
  const found = job.inputs.flatMap((file) => {
    const info = inspectFlvRecording(file);
    return info ? [{ file, info }] : [];
  });
  if (!found.length) throw new Error("none of the live stream's recordings holds any media");
  return found;
}

const sameConfig = (a: Buffer | null, b: Buffer | null) => (a === null ? b === null : b !== null && a.equals(b));
const copyable = (all: Recording[]) =>
  all.every(({ info }) => sameConfig(info.videoConfig, all[0]!.info.videoConfig) && sameConfig(info.audioConfig, all[0]!.info.audioConfig));
const even = (n: number) => Math.max(2, Math.floor(n / 2) * 2);

function copyCommand(job: LiveRecordingConcatJob, all: Recording[], scratchDir: string): FfmpegCommand {
  const list = path.join(scratchDir, "recordings.ffconcat");
  // Each file's length is given: an FLV's own metadata may claim the encoder's planned duration
  // (ffmpeg -t 60 writes 60 even when the connection dropped after 8 s). One frame's grace keeps
  // the next file's first timestamp after this file's last.
  const entries = all.flatMap((r) => [`file '${r.file.replaceAll("'", "'\\''")}'`, `duration ${(r.info.durationSeconds + 0.05).toFixed(3)}`]);
  fs.writeFileSync(list, ["ffconcat version 1.0", ...entries, ""].join("\n"));
  return {
    tool: "ffmpeg",
    progress: true,
    args: ["-f", "concat", "-safe", "0", "-i", list, "-map", "0:v?", "-map", "0:a?", "-c", "copy", "-sn", "-dn", "-movflags", "+faststart", "-f", "mp4", job.output],
  };
}

function reencodeCommand(job: LiveRecordingConcatJob, all: Recording[]): FfmpegCommand {
  const video = all.some((r) => r.info.hasVideo);
  const audio = all.some((r) => r.info.hasAudio);
  const sized = all.find((r) => r.info.width && r.info.height)?.info;
  const [w, h] = sized ? [even(sized.width!), even(sized.height!)] : [1280, 720];
  const parts = all.flatMap(({ info }, i) => {
    const d = Math.max(info.durationSeconds, 0.04).toFixed(3);
    const v = info.hasVideo
      ? `[${i}:v:0]scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2,setsar=1,format=yuv420p,setpts=PTS-STARTPTS[v${i}]`
      : `color=c=black:s=${w}x${h}:r=30:d=${d},format=yuv420p,setsar=1[v${i}]`;
    const a = info.hasAudio
      ? `[${i}:a:0]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,asetpts=PTS-STARTPTS[a${i}]`
      : `anullsrc=r=48000:cl=stereo,atrim=duration=${d},aformat=sample_fmts=fltp:channel_layouts=stereo[a${i}]`;
    return [...(video ? [v] : []), ...(audio ? [a] : [])];
  });
  const labels = all.map((_, i) => `${video ? `[v${i}]` : ""}${audio ? `[a${i}]` : ""}`).join("");
  const graph = [...parts, `${labels}concat=n=${all.length}:v=${video ? 1 : 0}:a=${audio ? 1 : 0}${video ? "[v]" : ""}${audio ? "[a]" : ""}`].join(";");
  return {
    tool: "ffmpeg",
    progress: true,
    args: [
      ...all.flatMap((r) => ["-f", "flv", "-i", r.file]),
      "-filter_complex", graph,
      ...(video ? ["-map", "[v]", "-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-profile:v", "high", "-pix_fmt", "yuv420p"] : []),
      ...(audio ? ["-map", "[a]", "-c:a", "aac", "-b:a", "160k"] : []),
      "-movflags", "+faststart", "-f", "mp4", job.output,
    ],
  };
}

export const liveRecordingConcatBuilder = defineBuilder<LiveRecordingConcatJob, LiveRecordingConcatResult>({
  commands(job, tools) {
    const all = recordingsOf(job);
    return [copyable(all) ? copyCommand(job, all, tools.scratchDir) : reencodeCommand(job, all)];
  },
  expectedDuration: async (job) => recordingsOf(job).reduce((sum, r) => sum + r.info.durationSeconds, 0) || undefined,
  async result(job, _run, tools) {
    const all = recordingsOf(job);
    const info = await tools.probe(job.output);
    return { durationSeconds: info.durationSeconds ?? 0, fileSize: fs.statSync(job.output).size, recordings: all.length, reencoded: !copyable(all) };
  },
});

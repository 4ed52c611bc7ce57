import fs from "node:fs/promises";
import path from "node:path";
import { runFfmpegJob } from "@/server/media/ffmpeg/run-ffmpeg-job";

export interface MediaFixtures {
  h264Aac: string;
  noAudio: string;
  portrait: string;
  rotated: string;
  vp9: string;
  audioOnly: string;
  /** An MP4 cut in half: its index (moov, written last) is missing. */
  corrupt: string;
  notMedia: string;
}

/** Tiny media fixtures made on the fly with the lavfi builder (2 s each), in `dir`. */
export async function createMediaFixtures(dir: string): Promise<MediaFixtures> {
  await fs.mkdir(dir, { recursive: true });
  const at = (name: string) => path.join(dir, name);
  const f: MediaFixtures = {
    h264Aac: at("h264-aac.mp4"),
    noAudio: at("no-audio.mp4"),
    portrait: at("portrait.mp4"),
    rotated: at("rotated.mp4"),
    vp9: at("vp9.webm"),
    audioOnly: at("audio-only.m4a"),
    corrupt: at("corrupt.mp4"),
    notMedia: at("not-media.txt"),
  };
  await Promise.all([
    runFfmpegJob({ type: "lavfi-clip", output: f.h264Aac, durationSeconds: 2 }),
    runFfmpegJob({ type: "lavfi-clip", output: f.noAudio, durationSeconds: 2, audio: false }),
    runFfmpegJob({ type: "lavfi-clip", output: f.portrait, durationSeconds: 2, width: 180, height: 320 }),
    runFfmpegJob({ type: "lavfi-clip", output: f.rotated, durationSeconds: 2, width: 320, height: 180, rotation: 90 }),
    runFfmpegJob({ type: "lavfi-clip", output: f.vp9, durationSeconds: 2, videoCodec: "vp9" }),
    runFfmpegJob({ type: "lavfi-clip", output: f.audioOnly, durationSeconds: 2, videoCodec: "none" }),
    fs.writeFile(f.notMedia, "This is a plain text file, not a video.\n"),
  ]);
  const whole = await fs.readFile(f.h264Aac);
  await fs.writeFile(f.corrupt, whole.subarray(0, Math.floor(whole.length / 2)));
  return f;
}

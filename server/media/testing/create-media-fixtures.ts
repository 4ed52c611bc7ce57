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
type FixtureName = keyof MediaFixtures;

const files: Record<FixtureName, string> = {
  h264Aac: "h264-aac.mp4",
  noAudio: "no-audio.mp4",
  portrait: "portrait.mp4",
  rotated: "rotated.mp4",
  vp9: "vp9.webm",
  audioOnly: "audio-only.m4a",
  corrupt: "corrupt.mp4",
  notMedia: "not-media.txt",
};

const makers: Record<Exclude<FixtureName, "corrupt">, (file: string) => Promise<unknown>> = {
  h264Aac: (output) => runFfmpegJob({ type: "lavfi-clip", output, durationSeconds: 2 }),
  noAudio: (output) => runFfmpegJob({ type: "lavfi-clip", output, durationSeconds: 2, audio: false }),
  portrait: (output) => runFfmpegJob({ type: "lavfi-clip", output, durationSeconds: 2, width: 180, height: 320 }),
  rotated: (output) => runFfmpegJob({ type: "lavfi-clip", output, durationSeconds: 2, width: 320, height: 180, rotation: 90 }),
  vp9: (output) => runFfmpegJob({ type: "lavfi-clip", output, durationSeconds: 2, videoCodec: "vp9" }),
  audioOnly: (output) => runFfmpegJob({ type: "lavfi-clip", output, durationSeconds: 2, videoCodec: "none" }),
  notMedia: (file) => fs.writeFile(file, "This is a plain text file, not a video.\n"),
};

/**
 * Tiny media fixtures made on the fly with the lavfi builder (2 s each), in `dir`. `only` makes
 * just those (a suite that needs two files should not pay for eight). Paths are returned for all.
 */
export async function createMediaFixtures(dir: string, options: { only?: FixtureName[] } = {}): Promise<MediaFixtures> {
  await fs.mkdir(dir, { recursive: true });
  const names = Object.keys(files) as FixtureName[];
  const paths = {} as MediaFixtures;
  for (const name of names) paths[name] = path.join(dir, files[name]);
  const wanted = new Set<FixtureName>(options.only ?? names);
  if (wanted.has("corrupt")) wanted.add("h264Aac");
  await Promise.all(
    [...wanted].filter((name) => name !== "corrupt").map((name) => makers[name as Exclude<FixtureName, "corrupt">](paths[name])),
  );
  if (wanted.has("corrupt")) {
    const whole = await fs.readFile(paths.h264Aac);
    await fs.writeFile(paths.corrupt, whole.subarray(0, Math.floor(whole.length / 2)));
  }
  return paths;
}

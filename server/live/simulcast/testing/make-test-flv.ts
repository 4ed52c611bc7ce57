/**
 * Test fixtures (tests only): a live-like FLV from lavfi (testsrc2 + sine, H.264 + AAC) written
 * through a pipe as an encoder's stream is, so it has no duration or index; and a Readable that
 * plays such bytes out at a steady pace, as a publisher would.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";

export async function makeTestFlv(
  file: string,
  options: { seconds?: number; width?: number; height?: number; fps?: number; keyframeSeconds?: number; audio?: boolean; startSeconds?: number } = {},
): Promise<string> {
  const { seconds = 2, width = 320, height = 240, fps = 25, keyframeSeconds = 0.5, audio = true, startSeconds = 0 } = options;
  const args = [
    "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", `testsrc2=size=${width}x${height}:rate=${fps}`,
    ...(audio ? ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"] : []),
    "-t", String(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g", String(Math.round(fps * keyframeSeconds)),
    ...(audio ? ["-c:a", "aac", "-ac", "2", "-b:a", "96k"] : []),
    "-output_ts_offset", String(startSeconds), "-f", "flv", "pipe:1",
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.createWriteStream(file);
  const written = new Promise((resolve, reject) => out.on("close", resolve).on("error", reject));
  const child = spawn("ffmpeg", args, { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  child.stdout.pipe(out);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  await written;
  if (code !== 0) throw new Error(`ffmpeg could not make ${file}: ${stderr}`);
  return file;
}

/** Emits `bytes` in small chunks spread evenly over `seconds`. */
export function paceBytes(bytes: Buffer, seconds: number, chunkBytes = 4096): Readable {
  const chunks = Math.ceil(bytes.length / chunkBytes);
  const interval = (seconds * 1000) / chunks;
  return Readable.from(
    (async function* () {
      const start = Date.now();
      for (let i = 0; i < chunks; i++) {
        const due = start + i * interval - Date.now();
        if (due > 0) await new Promise((r) => setTimeout(r, due));
        yield bytes.subarray(i * chunkBytes, (i + 1) * chunkBytes);
      }
    })(),
  );
}

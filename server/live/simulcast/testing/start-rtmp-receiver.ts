/** Test helpers (tests only): a one-shot RTMP receiver and a frame-counting probe. */
import { spawn } from "node:child_process";

/** ffmpeg listening for one publisher on rtmp://127.0.0.1:port/app/<key>, copying what it gets into `out`. */
export function startRtmpReceiver(port: number, out: string, key = "secret-key") {
  const child = spawn("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-listen", "1", "-i", `rtmp://127.0.0.1:${port}/app/${key}`, "-c", "copy", "-f", "flv", out], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on("close", (code) => resolve({ code, stderr })));
  return { exited, kill: () => child.kill("SIGKILL") };
}

/** The first video stream of `file`, with its frames counted by decoding. */
export function probeVideoFrames(file: string): Promise<{ codec: string; width: number; height: number; frames: number }> {
  const child = spawn("ffprobe", ["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height,nb_read_frames", "-of", "json", file]);
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) =>
    child.on("close", (code) => {
      const s = code === 0 ? (JSON.parse(out) as { streams: { codec_name: string; width: number; height: number; nb_read_frames: string }[] }).streams[0] : undefined;
      if (!s) return reject(new Error(`ffprobe found no video in ${file}`));
      resolve({ codec: s.codec_name, width: s.width, height: s.height, frames: Number(s.nb_read_frames) });
    }),
  );
}

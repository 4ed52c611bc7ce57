import { spawn } from "node:child_process";

/**
 * A generated publisher (testsrc2 640x360@30 + a sine tone, H.264 with a 2 s GOP, AAC) pushing to an
 * rtmp(s):// or srt:// URL in real time, as an encoder would.
 */
export function publishTestStream(url: string, opts: { seconds: number; videoOnly?: boolean; hevc?: boolean }) {
  const srt = url.startsWith("srt:");
  const args = [
    "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
    "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=30",
    ...(opts.videoOnly ? [] : ["-f", "lavfi", "-i", "sine=frequency=440"]),
    "-t", String(opts.seconds),
    ...(opts.hevc ? ["-c:v", "libx265", "-x265-params", "log-level=error"] : ["-c:v", "libx264"]),
    "-preset", "ultrafast", "-tune", "zerolatency", "-g", "60",
    ...(opts.videoOnly ? [] : ["-c:a", "aac"]),
    "-f", srt ? "mpegts" : "flv", url,
  ];
  const child = spawn("ffmpeg", args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const startedAt = Date.now();
  const exited = new Promise<{ code: number | null; afterMs: number; stderr: string }>((resolve) =>
    child.once("close", (code) => resolve({ code, afterMs: Date.now() - startedAt, stderr })),
  );
  return { exited, stop: () => child.kill("SIGKILL") };
}

import { type ChildProcess, spawn } from "node:child_process";
import type { Readable } from "node:stream";
import { env } from "@/server/env";

/**
 * A generated live feed for tests (testsrc2 + sine, 30 fps, a keyframe every 2 s) encoded as the
 * live transcode does: one fragmented MP4 per rendition on fd 3, 4, …, ~1/3 s fragments.
 */
export function spawnTestFeed(opts: { realtime: boolean; seconds?: number; sizes: string[] }): { outputs: Readable[]; child: ChildProcess; stop(): Promise<void> } {
  const re = opts.realtime ? ["-re"] : [];
  const duration = opts.seconds ? `:duration=${opts.seconds}` : "";
  const args = ["-hide_banner", "-loglevel", "error", ...re, "-f", "lavfi", "-i", `testsrc2=size=320x180:rate=30${duration}`, ...re, "-f", "lavfi", "-i", `sine=frequency=440${duration}`];
  opts.sizes.forEach((size, i) => {
    args.push(
      "-map", "0:v", "-map", "1:a", "-s", size,
      "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "60", "-sc_threshold", "0", "-c:a", "aac",
      "-f", "mp4", "-movflags", "+frag_keyframe+empty_moov+default_base_moof", "-frag_duration", "333333", "-flush_packets", "1", `pipe:${3 + i}`,
    );
  });
  const child = spawn(env.FFMPEG_PATH, args, { stdio: ["ignore", "ignore", "inherit", ...opts.sizes.map(() => "pipe" as const)] });
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  return {
    outputs: opts.sizes.map((_, i) => child.stdio[3 + i] as Readable),
    child,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

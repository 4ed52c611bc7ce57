import { runCommand } from "./run-command";

const CACHE_MS = 60_000;
let cached: { at: number; version: Promise<string> } | null = null;

/** The first line of `ffmpeg -version` (cached for a minute); rejects when ffmpeg cannot run. */
export function getFfmpegVersion(options: { signal?: AbortSignal } = {}): Promise<string> {
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.version;
  const version = runCommand("ffmpeg", ["-version"], options).then(({ stdout }) => stdout.split("\n")[0] ?? "ffmpeg");
  cached = { at: Date.now(), version };
  // A failure is not cached: the next check tries again.
  version.catch(() => {
    if (cached?.version === version) cached = null;
  });
  return version;
}

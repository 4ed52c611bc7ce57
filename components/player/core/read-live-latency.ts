import type { PlayerContext } from "./player-context";

/**
 * Seconds between "now" and the moment the frame on screen was captured: wall clock minus the
 * playhead's EXT-X-PROGRAM-DATE-TIME (hls.js `playingDate`, Safari `getStartDate()`). Without
 * program date times, hls.js's distance to the estimated live edge. Null when unknown.
 */
export function readLiveLatency({ video, hls }: Pick<PlayerContext, "video" | "hls">, now = Date.now()): number | null {
  if (hls) {
    const playing = hls.playingDate;
    if (playing && Number.isFinite(playing.getTime())) return (now - playing.getTime()) / 1000;
    return hls.latency > 0 ? hls.latency : null;
  }
  const start = (video as HTMLVideoElement & { getStartDate?: () => Date }).getStartDate?.().getTime();
  if (start !== undefined && Number.isFinite(start) && start > 0) return (now - start) / 1000 - video.currentTime;
  const s = video.seekable;
  return s.length ? Math.max(0, s.end(s.length - 1) - video.currentTime) : null;
}

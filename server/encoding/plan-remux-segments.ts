/** Longest segment a remux may produce (2–4 s segments, a frame of slack). */
export const MAX_SEGMENT_SECONDS = 4.1;
/** hls_time values tried for a remux, preferred first. */
const TARGETS = [4, 2] as const;

/**
 * The segment durations ffmpeg's HLS muxer makes from these keyframes: it cuts at the first
 * keyframe at or after each multiple of the target (n × target, n = segments so far + 1).
 */
export function simulateSegments(keyframeTimes: number[], durationSeconds: number, target: number): number[] {
  const cuts = [0];
  for (const k of keyframeTimes) {
    if (k <= cuts.at(-1)! + 1e-6) continue;
    if (k >= cuts.length * target - 1e-3 && k < durationSeconds - 1e-3) cuts.push(k);
  }
  cuts.push(durationSeconds);
  return cuts.slice(1).map((c, i) => c - cuts[i]!);
}

/**
 * The hls_time for remuxing a source with these keyframes so that every segment but the last is
 * 2–4 s long, or null when its keyframes are too sparse for that (it is then re-encoded).
 */
export function planRemuxSegments(keyframeTimes: number[], durationSeconds: number): number | null {
  if (!keyframeTimes.length || keyframeTimes[0]! > 0.01) return null;
  for (const target of TARGETS) {
    const segments = simulateSegments(keyframeTimes, durationSeconds, target);
    if (segments.slice(0, -1).every((d) => d <= MAX_SEGMENT_SECONDS) && segments.at(-1)! <= MAX_SEGMENT_SECONDS + target) return target;
  }
  return null;
}

import { LIVE_PART_MICROSECONDS } from "@/server/media/ffmpeg/live/live-transcode";
import type { LatencyMode } from "./live-packager-types";

export type LiveTiming = {
  /** Segments are cut at the first keyframe at or after this many seconds (EXT-X-TARGETDURATION). */
  targetDuration: number;
  /** LL-HLS: parts listed, preload hints, PART-HOLD-BACK. */
  lowLatency: boolean;
  /** EXT-X-PART-INF PART-TARGET: an upper bound of every part's duration. */
  partTarget: number;
  partHoldBack: number;
  holdBack: number;
  canSkipUntil: number;
};

const targetDurations: Record<LatencyMode, number> = { low: 2, reduced: 2, standard: 4 };
const ceilMs = (seconds: number) => Math.ceil(seconds * 1000 - 1e-6) / 1000;

/**
 * Playlist timing for a latency mode. The muxer closes a fragment at the first packet at least
 * LIVE_PART_MICROSECONDS after the fragment's first one, so a part lasts less than that plus one
 * frame (plus FLV's millisecond jitter): that bound is PART-TARGET. PART-HOLD-BACK stays at three
 * nominal parts (Apple: at least twice PART-TARGET), so the margin costs no latency.
 */
export function liveTimingFor(latencyMode: LatencyMode, frameRates: (number | null)[]): LiveTiming {
  const targetDuration = targetDurations[latencyMode];
  const nominalPart = LIVE_PART_MICROSECONDS / 1e6;
  // Unknown frame rates are taken as 24 fps: the longest frame commonly seen, so the bound still holds.
  const slowest = Math.min(...frameRates.map((f) => (f && f > 0 ? f : 24)), 120);
  const partTarget = ceilMs(nominalPart + 1 / slowest + 0.002);
  return {
    targetDuration,
    lowLatency: latencyMode === "low",
    partTarget,
    partHoldBack: ceilMs(Math.max(3 * nominalPart, 2 * partTarget)),
    holdBack: 3 * targetDuration,
    canSkipUntil: 6 * targetDuration,
  };
}

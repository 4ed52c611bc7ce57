import type { PlayerContext } from "./player-context";

export interface SeekRange {
  start: number;
  /** VOD: the duration. Live: the live position (hls.js's live sync position), so the right end means "live". */
  end: number;
  live: boolean;
}

/**
 * The part of the timeline the seek bar spans. VOD: 0…duration. Live (a playlist without
 * ENDLIST): the DVR window, from the oldest segment still listed to the live position. Null
 * until the media knows its timeline.
 */
export function getSeekRange({ video, hls }: Pick<PlayerContext, "video" | "hls">): SeekRange | null {
  const details = hls?.latestLevelDetails ?? null;
  const live = hls ? Boolean(details?.live) : video.duration === Infinity;
  if (!live) return Number.isFinite(video.duration) && video.duration > 0 ? { start: 0, end: video.duration, live: false } : null;
  const seekable = video.seekable;
  const start = seekable.length ? seekable.start(0) : details ? Math.max(0, details.fragmentStart) : null;
  const edge = hls?.liveSyncPosition ?? (seekable.length ? seekable.end(seekable.length - 1) : null);
  if (start === null || edge === null) return null;
  return { start, end: Math.max(start, edge), live: true };
}

/** Where a fraction (0…1) of the seek bar lands on the timeline. */
export const timeAtFraction = (range: SeekRange, fraction: number) => range.start + Math.max(0, Math.min(1, fraction)) * (range.end - range.start);

/** The playhead's place on the seek bar (0…1). */
export const fractionOf = (range: SeekRange, time: number) => (range.end > range.start ? Math.max(0, Math.min(1, (time - range.start) / (range.end - range.start))) : 1);

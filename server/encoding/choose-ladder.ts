import type { X264Preset } from "@/server/media/ffmpeg/x264-presets";

export type VideoQuality = "basic" | "plus" | "premium";

/** Segment length of encoded ladders: 4 s halves the requests of 2 s and keeps startup and switching quick. */
export const ENCODED_SEGMENT_SECONDS = 4;

export interface LadderRung {
  name: string;
  width: number;
  height: number;
  maxrateKbps: number;
}

export interface Ladder {
  preset: X264Preset;
  crf: number;
  frameRate: number;
  audioBitrateKbps: number;
  /** Highest first: the top rung is the one made playable first. */
  renditions: LadderRung[];
}

// Rungs by the short side (so portrait video gets the same ladder), and the ceiling of each at 30 fps, plus quality.
const RUNGS: [number, number][] = [[1080, 6000], [720, 3500], [540, 2200], [480, 1600], [360, 900], [240, 450], [144, 200]];
const SETTINGS: Record<VideoQuality, { preset: X264Preset; crf: number; lower: number; rate: number; audio: number; skip: number[] }> = {
  basic: { preset: "superfast", crf: 26, lower: 2, rate: 0.75, audio: 96, skip: [540, 360] },
  plus: { preset: "veryfast", crf: 23, lower: 3, rate: 1, audio: 128, skip: [540] },
  premium: { preset: "faster", crf: 21, lower: 4, rate: 1.3, audio: 160, skip: [] },
};
// Bigger frames need fewer bits per pixel: bitrate grows with pixels^0.75.
const PIXEL_EXPONENT = 0.75;
// Rounds down, so even-izing never upscales (a 321x181 source becomes 320x180).
const even = (n: number) => Math.max(2, Math.floor(n / 2) * 2);

/** The rate ceiling for a rung: the table's, scaled by how hard the title is and by frame rate. */
function maxrateFor(pixels: number, short: number, quality: VideoQuality, fps: number, complexity: Complexity | null): number {
  const table = RUNGS.find(([h]) => h <= short)?.[1] ?? 200;
  const ceiling = table * SETTINGS[quality].rate * (fps > 30 ? 1.5 : 1);
  if (!complexity) return Math.round(ceiling);
  // What the complexity sample's bits/pixel predicts at this size, with headroom for harder scenes.
  const probePixels = complexity.width * complexity.height;
  const predicted = (complexity.bitsPerPixel * probePixels * fps * (pixels / probePixels) ** PIXEL_EXPONENT * 2) / 1000;
  return Math.round(Math.min(ceiling, Math.max(ceiling * 0.25, predicted * SETTINGS[quality].rate)));
}

export interface Complexity {
  bitsPerPixel: number;
  width: number;
  height: number;
}

/**
 * The per-title ladder for a source of this display size: the source size (capped at 1080p) on
 * top, then standard rungs below it (never upscaled; basic 2 lower rungs, plus 3, premium 4),
 * even dimensions, one constant frame rate (≤ 60), rates from the complexity probe.
 */
export function chooseLadder(input: {
  width: number;
  height: number;
  frameRate: number | null;
  videoQuality: VideoQuality;
  complexity: Complexity | null;
}): Ladder {
  const settings = SETTINGS[input.videoQuality];
  const portrait = input.height > input.width;
  const sourceShort = Math.min(input.width, input.height);
  const aspect = Math.max(input.width, input.height) / Math.max(1, sourceShort);
  const frameRate = Math.min(60, input.frameRate && input.frameRate > 0 ? input.frameRate : 30);
  const topShort = Math.min(1080, sourceShort);
  const shorts = [
    topShort,
    ...RUNGS.map(([h]) => h)
      .filter((h) => h < topShort * 0.85 && !settings.skip.includes(h))
      .slice(0, settings.lower),
  ];
  const renditions = shorts.map((short) => {
    const s = even(short);
    const l = even(short === sourceShort ? Math.max(input.width, input.height) : short * aspect);
    const [width, height] = portrait ? [s, l] : [l, s];
    return { name: `${short}p`, width, height, maxrateKbps: maxrateFor(width * height, short, input.videoQuality, frameRate, input.complexity) };
  });
  return { preset: settings.preset, crf: settings.crf, frameRate, audioBitrateKbps: settings.audio, renditions };
}

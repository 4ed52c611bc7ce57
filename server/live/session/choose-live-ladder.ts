export type LiveRendition = {
  name: string;
  width: number;
  height: number;
  frameRate: number | null;
  /** Copied from the publisher (standard H.264); otherwise encoded at `bitrateKbps`. */
  passthrough: boolean;
  bitrateKbps: number;
};

// Live rungs by the short side with their bitrates at 30 fps: lower than VOD ceilings, because
// live encodes once with a fast preset and no look-ahead.
const RUNGS: [number, number][] = [[1080, 5000], [720, 2500], [540, 1600], [480, 1200], [360, 700], [240, 350], [144, 160]];
const even = (n: number) => Math.max(2, Math.floor(n / 2) * 2);
const rateFor = (short: number, fps: number | null) => Math.round((RUNGS.find(([h]) => h <= short)?.[1] ?? 160) * ((fps ?? 30) > 30 ? 1.5 : 1));

/**
 * The live ladder for a publisher's feed: the source itself (copied when it is H.264, which
 * browsers decode; encoded otherwise) and up to `maxRenditions - 1` lower rungs, never upscaled.
 * Rungs are chosen by the short side so portrait feeds get the same ladder.
 */
export function chooseLiveLadder(input: {
  codec: string | null;
  width: number | null;
  height: number | null;
  frameRate: number | null;
  /** Measured incoming bitrate, for the source rendition's BANDWIDTH. */
  sourceBitrateKbps: number | null;
  maxRenditions: number;
}): LiveRendition[] {
  const width = even(input.width ?? 1280);
  const height = even(input.height ?? 720);
  const short = Math.min(width, height);
  const portrait = height > width;
  const passthrough = input.codec === "h264";
  const sourceRate = passthrough && input.sourceBitrateKbps ? Math.round(input.sourceBitrateKbps) : rateFor(short, input.frameRate);
  const top: LiveRendition = { name: "source", width, height, frameRate: input.frameRate, passthrough, bitrateKbps: sourceRate };
  const lower = RUNGS.filter(([h]) => h < short - 16)
    // Skip a rung too close to the previous one in pixels (540 right under 576, say).
    .filter(([h], i, all) => i === 0 || all[i - 1]![0] / h >= 1.2)
    .slice(0, Math.max(0, input.maxRenditions - 1))
    .map(([rungShort]): LiveRendition => {
      const long = even((rungShort * Math.max(width, height)) / short);
      return {
        name: `${rungShort}p`,
        width: portrait ? rungShort : long,
        height: portrait ? long : rungShort,
        frameRate: input.frameRate,
        passthrough: false,
        bitrateKbps: Math.min(rateFor(rungShort, input.frameRate), sourceRate),
      };
    });
  return [top, ...lower];
}

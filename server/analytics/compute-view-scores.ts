/** The per-view inputs of Mux's Viewer Experience scores. */
export interface ScoreInputs {
  videoStartupTimeMs: number | null;
  rebufferCount: number;
  /** Fraction of watch time spent rebuffering (0..1). */
  rebufferPercentage: number | null;
  /** Time-weighted average and peak upscaling as fractions (0.5 = 50 %). */
  upscalePercentage: number | null;
  maxUpscalePercentage: number | null;
  playbackFailed: boolean;
  exitBeforeVideoStart: boolean;
  /** Play request → view end, for EBVS views (those under 1 s get no success score). */
  abandonedAfterMs: number | null;
}

export interface ViewScores {
  startupTimeScore: number | null;
  smoothnessScore: number | null;
  videoQualityScore: number | null;
  playbackSuccessScore: number | null;
  viewerExperienceScore: number | null;
}

// Relative importance Mux reports from its viewer research: smoothness > startup > quality. Mux
// does not publish its Tradeoff() function; a weighted mean with these weights stands in for it.
const weights = { smoothness: 3, startup: 2, quality: 1 } as const;
type Part = keyof typeof weights;

function tradeoff(a: Part, b: Part, scores: Record<Part, number | null>): number | null {
  const x = scores[a];
  const y = scores[b];
  if (x === null && y === null) return null;
  if (x === null) return y;
  if (y === null) return x;
  return (weights[a] * x + weights[b] * y) / (weights[a] + weights[b]);
}

/**
 * The five Mux Viewer Experience scores of one view, as fractions 0..1 (the Data API's scale; the
 * console shows them ×100). null where Mux gives the view no score.
 */
export function computeViewScores(v: ScoreInputs): ViewScores {
  // Mux "Playback Success": failure 0, exit before video start 50, success 100; EBVS under 1 s: none.
  const playbackSuccessScore = v.playbackFailed
    ? 0
    : v.exitBeforeVideoStart
      ? v.abandonedAfterMs !== null && v.abandonedAfterMs < 1000
        ? null
        : 0.5
      : 1;
  const started = v.videoStartupTimeMs !== null;
  // Mux "Startup Time Score": 8 / (8 + startup_time_in_seconds); EBVS views get none.
  const startupTimeScore = started ? 8 / (8 + v.videoStartupTimeMs! / 1000) : null;
  // Mux "Smoothness Score": mean of 1/sqrt(1 + (rebuffer_count/2)^2) and e^(-10 * rebuffer_percentage).
  const smoothnessScore = started
    ? (1 / Math.sqrt(1 + (v.rebufferCount / 2) ** 2) + Math.exp(-10 * (v.rebufferPercentage ?? 0))) / 2
    : null;
  // Mux "Video Quality Score": e^(-0.33 * (0.15 * max_upscale + 0.85 * avg_upscale)); EBVS views get none.
  const videoQualityScore =
    started && v.upscalePercentage !== null ? Math.exp(-0.33 * (0.15 * (v.maxUpscalePercentage ?? v.upscalePercentage) + 0.85 * v.upscalePercentage)) : null;
  // Mux "Overall Viewer Experience": success × (T(Sm,Q) + T(Sm,Su) + T(Su,Q)) / 3.
  const parts = { smoothness: smoothnessScore, startup: startupTimeScore, quality: videoQualityScore };
  const terms = [tradeoff("smoothness", "quality", parts), tradeoff("smoothness", "startup", parts), tradeoff("startup", "quality", parts)].filter(
    (t): t is number => t !== null,
  );
  const viewerExperienceScore =
    playbackSuccessScore === null ? null : terms.length ? playbackSuccessScore * (terms.reduce((a, b) => a + b, 0) / terms.length) : playbackSuccessScore;
  return { startupTimeScore, smoothnessScore, videoQualityScore, playbackSuccessScore, viewerExperienceScore };
}

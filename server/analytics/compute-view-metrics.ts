import { computeViewScores, type ViewScores } from "./compute-view-scores";
import type { ViewState } from "./view-state";

export interface ViewMetrics extends ViewScores {
  watchTimeMs: number;
  playingTimeMs: number;
  videoStartupTimeMs: number | null;
  playerStartupTimeMs: number | null;
  pageLoadTimeMs: number | null;
  rebufferCount: number;
  rebufferDurationMs: number;
  /** Fraction of watch time (0..1). */
  rebufferPercentage: number | null;
  /** Rebuffers per minute of watch time. */
  rebufferFrequency: number | null;
  seekCount: number;
  seekLatencyTotalMs: number;
  averageBitrate: number | null;
  upscalePercentage: number | null;
  downscalePercentage: number | null;
  maxUpscalePercentage: number | null;
  exitBeforeVideoStart: boolean;
  videoStartupFailed: boolean;
  playbackFailed: boolean;
  errorCode: string | null;
  errorMessage: string | null;
}

/** Player init time is an epoch timestamp (Mux's player_init_time); small values are read as a duration. */
function playerStartupTime(s: ViewState): number | null {
  if (s.playerInitTime === null) return null;
  if (s.playerInitTime < 1e12) return s.playerInitTime;
  if (s.playerReadyAt === null) return null;
  return Math.max(0, s.playerReadyAt - s.playerInitTime);
}

/** The QoE metrics of one view from its folded state (Mux's metric definitions). */
export function computeViewMetrics(s: ViewState): ViewMetrics {
  const videoStartupTimeMs = s.firstPlayingAt !== null && s.playRequestedAt !== null ? Math.max(0, s.firstPlayingAt - s.playRequestedAt) : null;
  const rebufferPercentage = s.watchMs > 0 ? s.rebufferMs / s.watchMs : null;
  const rebufferFrequency = s.watchMs > 0 ? s.rebufferCount / (s.watchMs / 60_000) : null;
  const upscalePercentage = s.scaleTimeMs > 0 ? s.upscaleMs / s.scaleTimeMs : null;
  const downscalePercentage = s.scaleTimeMs > 0 ? s.downscaleMs / s.scaleTimeMs : null;
  const maxUpscalePercentage = s.scaleTimeMs > 0 ? s.maxUpscale : null;
  const playbackFailed = s.fatalError !== null;
  // Mux: the viewer asked to play, playback never started, no failure, and the view is over.
  const exitBeforeVideoStart = s.playRequestedAt !== null && s.firstPlayingAt === null && !playbackFailed && s.viewEnded;
  const abandonedAfterMs = exitBeforeVideoStart && s.lastEventAt !== null ? s.lastEventAt - s.playRequestedAt! : null;
  const metrics = {
    watchTimeMs: s.watchMs,
    playingTimeMs: s.playingMs,
    videoStartupTimeMs,
    playerStartupTimeMs: playerStartupTime(s),
    pageLoadTimeMs: s.pageLoadTimeMs,
    rebufferCount: s.rebufferCount,
    rebufferDurationMs: s.rebufferMs,
    rebufferPercentage,
    rebufferFrequency,
    seekCount: s.seekCount,
    seekLatencyTotalMs: s.seekLatencyMs,
    averageBitrate: s.bitrateTimeMs > 0 ? s.bitrateMs / s.bitrateTimeMs : null,
    upscalePercentage,
    downscalePercentage,
    maxUpscalePercentage,
    exitBeforeVideoStart,
    videoStartupFailed: playbackFailed && s.fatalError!.beforeStart,
    playbackFailed,
    errorCode: s.fatalError?.code ?? null,
    errorMessage: s.fatalError?.message ?? null,
  };
  const scores = computeViewScores({
    videoStartupTimeMs,
    rebufferCount: s.rebufferCount,
    rebufferPercentage,
    upscalePercentage,
    maxUpscalePercentage,
    playbackFailed,
    exitBeforeVideoStart,
    abandonedAfterMs,
  });
  return { ...metrics, ...scores };
}

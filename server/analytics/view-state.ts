/**
 * The running state of one view, folded from its beacon events in sequence order
 * (foldViewEvents) and stored with the view so the next batch continues where the last stopped.
 * All times are client epoch milliseconds.
 */
export type ViewPhase = "idle" | "starting" | "playing" | "paused" | "rebuffering" | "seeking" | "ended" | "errored";

export interface ViewState {
  firstEventAt: number | null;
  lastEventAt: number | null;
  playerReadyAt: number | null;
  viewStartAt: number | null;
  /** First play request (play event, or viewstart when no play came first). */
  playRequestedAt: number | null;
  firstPlayingAt: number | null;
  phase: ViewPhase;
  phaseSince: number | null;
  /** The phase a seek returns to (playing or paused). */
  resumePhase: ViewPhase;
  watchMs: number;
  playingMs: number;
  rebufferCount: number;
  rebufferMs: number;
  seekCount: number;
  seekLatencyMs: number;
  rendition: { bitrate: number | null; width: number | null; height: number | null } | null;
  /** Time-weighted sums over playing time. */
  bitrateMs: number;
  bitrateTimeMs: number;
  upscaleMs: number;
  downscaleMs: number;
  scaleTimeMs: number;
  maxUpscale: number;
  playerWidth: number | null;
  playerHeight: number | null;
  playerInitTime: number | null;
  pageLoadTimeMs: number | null;
  fatalError: { code: string; message: string | null; at: number; beforeStart: boolean } | null;
  ended: boolean;
  viewEnded: boolean;
}

export function initialViewState(): ViewState {
  return {
    firstEventAt: null,
    lastEventAt: null,
    playerReadyAt: null,
    viewStartAt: null,
    playRequestedAt: null,
    firstPlayingAt: null,
    phase: "idle",
    phaseSince: null,
    resumePhase: "playing",
    watchMs: 0,
    playingMs: 0,
    rebufferCount: 0,
    rebufferMs: 0,
    seekCount: 0,
    seekLatencyMs: 0,
    rendition: null,
    bitrateMs: 0,
    bitrateTimeMs: 0,
    upscaleMs: 0,
    downscaleMs: 0,
    scaleTimeMs: 0,
    maxUpscale: 0,
    playerWidth: null,
    playerHeight: null,
    playerInitTime: null,
    pageLoadTimeMs: null,
    fatalError: null,
    ended: false,
    viewEnded: false,
  };
}

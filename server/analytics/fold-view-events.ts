import type { BeaconEvent } from "./beacon-schema";
import { initialViewState, type ViewPhase, type ViewState } from "./view-state";

type FoldEvent = Pick<BeaconEvent, "seq" | "type" | "ts" | "bitrate" | "rendition_width" | "rendition_height" | "error_code" | "error_message" | "dimensions">;

// Phases that count as watch time (Mux: startup, playing, rebuffering and seeking; not paused).
const watched = new Set<ViewPhase>(["starting", "playing", "rebuffering", "seeking"]);

/** Scale of the rendition in the player: >1 upscaled, <1 downscaled (fit inside the player box). */
function scaleFactor(s: ViewState): number | null {
  const r = s.rendition;
  if (!r?.width || !r.height || !s.playerWidth || !s.playerHeight) return null;
  return Math.min(s.playerWidth / r.width, s.playerHeight / r.height);
}

/** Accounts the time since the last event to the phase the view was in. */
function advance(s: ViewState, at: number): void {
  if (s.phaseSince === null || at <= s.phaseSince) {
    s.phaseSince = s.phaseSince === null ? at : Math.max(s.phaseSince, at);
    return;
  }
  const dt = at - s.phaseSince;
  if (watched.has(s.phase)) s.watchMs += dt;
  if (s.phase === "rebuffering") s.rebufferMs += dt;
  if (s.phase === "seeking") s.seekLatencyMs += dt;
  if (s.phase === "playing") {
    s.playingMs += dt;
    if (s.rendition?.bitrate) {
      s.bitrateMs += s.rendition.bitrate * dt;
      s.bitrateTimeMs += dt;
    }
    const f = scaleFactor(s);
    if (f !== null) {
      s.upscaleMs += Math.max(0, f - 1) * dt;
      s.downscaleMs += Math.max(0, 1 - f) * dt;
      s.scaleTimeMs += dt;
      s.maxUpscale = Math.max(s.maxUpscale, f - 1);
    }
  }
  s.phaseSince = at;
}

function enter(s: ViewState, phase: ViewPhase): void {
  if (s.phase === "ended" || s.phase === "errored") return;
  s.phase = phase;
}

/**
 * Folds a view's events (any order; applied by seq) into its running state. Pure: returns a new
 * state. Events before the previous fold's last one are applied where they fall in time order
 * only approximately (late retries are rare; the raw events stay for drill-down).
 */
export function foldViewEvents(previous: ViewState | null, events: readonly FoldEvent[]): ViewState {
  const s: ViewState = structuredClone(previous ?? initialViewState());
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const d = e.dimensions;
    if (d?.player_width !== undefined) s.playerWidth = d.player_width;
    if (d?.player_height !== undefined) s.playerHeight = d.player_height;
    if (d?.player_init_time_ms !== undefined) s.playerInitTime ??= d.player_init_time_ms;
    if (d?.page_load_time_ms !== undefined) s.pageLoadTimeMs ??= d.page_load_time_ms;
    s.firstEventAt = s.firstEventAt === null ? e.ts : Math.min(s.firstEventAt, e.ts);
    s.lastEventAt = s.lastEventAt === null ? e.ts : Math.max(s.lastEventAt, e.ts);
    advance(s, e.ts);
    const hasRendition = e.bitrate !== undefined || e.rendition_width !== undefined;
    if (hasRendition && (e.type === "renditionchange" || e.type === "heartbeat")) {
      s.rendition = { bitrate: e.bitrate ?? null, width: e.rendition_width ?? null, height: e.rendition_height ?? null };
    }
    switch (e.type) {
      case "playerready":
        s.playerReadyAt ??= e.ts;
        break;
      case "viewstart":
        s.viewStartAt ??= e.ts;
        break;
      case "play":
        if (s.playRequestedAt === null) {
          s.playRequestedAt = e.ts;
          if (s.firstPlayingAt === null) enter(s, "starting");
        }
        break;
      case "playing":
        if (s.firstPlayingAt === null) {
          s.firstPlayingAt = e.ts;
          s.playRequestedAt ??= s.viewStartAt ?? e.ts;
        }
        enter(s, "playing");
        break;
      case "pause":
        enter(s, "paused");
        break;
      case "seeking":
        if (s.phase !== "seeking") {
          s.seekCount += 1;
          s.resumePhase = s.phase === "paused" ? "paused" : s.firstPlayingAt === null ? "starting" : "playing";
          enter(s, "seeking");
        }
        break;
      case "seeked":
        if (s.phase === "seeking") enter(s, s.resumePhase);
        break;
      case "rebufferstart":
        if (s.phase !== "rebuffering") {
          s.rebufferCount += 1;
          enter(s, "rebuffering");
        }
        break;
      case "rebufferend":
        if (s.phase === "rebuffering") enter(s, "playing");
        break;
      case "error":
        s.fatalError ??= { code: e.error_code ?? "unknown", message: e.error_message ?? null, at: e.ts, beforeStart: s.firstPlayingAt === null };
        enter(s, "errored");
        break;
      case "ended":
        s.ended = true;
        enter(s, "ended");
        break;
      case "viewend":
        s.viewEnded = true;
        enter(s, "ended");
        break;
      case "renditionchange":
      case "heartbeat":
        break;
    }
    if (s.playRequestedAt === null && s.viewStartAt !== null && e.type !== "playerready") {
      // A view without an explicit play (autoplay SDKs) asks for playback at viewstart.
      s.playRequestedAt = s.viewStartAt;
      if (s.phase === "idle") enter(s, "starting");
    }
  }
  return s;
}

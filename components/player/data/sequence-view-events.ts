import type { BeaconEvent, ViewDimensions } from "@/server/analytics/beacon-schema";

/** What the media element (or hls.js) reported, reduced to what the view model needs. DOM-free. */
export type MediaSignal =
  | { type: "play" | "playing" | "pause" | "seeking" | "seeked" | "waiting" | "ended" | "timeupdate" }
  | { type: "rendition"; bitrate: number; width: number; height: number }
  | { type: "error"; code: string; message?: string };

export interface ViewSequencerOptions {
  newViewId: () => string;
  now: () => number;
  emit: (event: BeaconEvent) => void;
  /** Dimensions carried on playerready and viewstart; later changes go on the next viewstart. */
  dimensions: () => ViewDimensions;
}

type Rendition = { bitrate: number; rendition_width: number; rendition_height: number };

/**
 * The view state machine: turns media signals into the beacon events of the wire format. A view
 * starts on the first play (or an error), rebuffering is a `waiting` after playback has started that
 * is not part of a seek, and a view ends on `end()`; the next play then opens a new view.
 */
export function createViewSequencer(options: ViewSequencerOptions) {
  let viewId = options.newViewId();
  let seq = 0;
  let started = false; // viewstart sent
  let hasPlayed = false; // first `playing` seen in this view
  let playing = false;
  let seeking = false;
  let rebuffering = false;
  let ended = false;
  let rendition: Rendition | null = null;
  let lastPlayhead = 0;

  const push = (type: BeaconEvent["type"], extra: Partial<BeaconEvent> = {}, playhead = lastPlayhead) => {
    options.emit({ view_id: viewId, seq: seq++, type, ts: options.now(), playhead_ms: Math.round(playhead * 1000), ...extra });
  };
  const startView = (playhead: number) => {
    if (started) return;
    started = true;
    push("viewstart", { dimensions: options.dimensions() }, playhead);
    if (rendition) {
      push("renditionchange", rendition, playhead);
    }
  };
  const endRebuffer = (playhead: number) => {
    if (!rebuffering) return;
    rebuffering = false;
    push("rebufferend", {}, playhead);
  };

  function end(playhead: number): boolean {
    if (!started) return false;
    endRebuffer(playhead);
    push("viewend", {}, playhead);
    viewId = options.newViewId();
    seq = 0;
    started = hasPlayed = playing = seeking = rebuffering = ended = false;
    lastPlayhead = 0;
    return true;
  }

  return {
    get viewId() {
      return viewId;
    },
    get isPlaying() {
      return playing;
    },
    get isRebuffering() {
      return rebuffering;
    },
    playerReady(extra: Partial<ViewDimensions> = {}) {
      push("playerready", { dimensions: { ...options.dimensions(), ...extra } });
    },
    /** Feed one media signal; `playhead` is the element's currentTime in seconds. */
    handle(signal: MediaSignal, playhead: number) {
      const advanced = playhead > lastPlayhead;
      switch (signal.type) {
        case "play":
          if (ended) end(playhead); // replaying after `ended` opens a new view
          startView(playhead);
          push("play", {}, playhead);
          break;
        case "playing":
          startView(playhead);
          endRebuffer(playhead);
          playing = true;
          hasPlayed = true;
          push("playing", {}, playhead);
          break;
        case "pause":
          if (!started || ended) break;
          endRebuffer(playhead);
          playing = false;
          push("pause", {}, playhead);
          break;
        case "seeking":
          if (!started || seeking) break; // scrubbing fires many `seeking`: one per seek series
          endRebuffer(playhead);
          seeking = true;
          push("seeking", {}, playhead);
          break;
        case "seeked":
          if (!started || !seeking) break;
          seeking = false;
          push("seeked", {}, playhead);
          break;
        case "waiting":
          if (hasPlayed && playing && !seeking && !rebuffering && !ended) {
            rebuffering = true;
            push("rebufferstart", {}, playhead);
          }
          break;
        case "timeupdate":
          if (rebuffering && advanced && !seeking) endRebuffer(playhead);
          break;
        case "rendition":
          rendition = { bitrate: Math.round(signal.bitrate), rendition_width: signal.width, rendition_height: signal.height };
          if (started && !ended) {
            push("renditionchange", rendition, playhead);
          }
          break;
        case "error":
          startView(playhead);
          endRebuffer(playhead);
          playing = false;
          push("error", { error_code: signal.code.slice(0, 64), ...(signal.message ? { error_message: signal.message.slice(0, 1024) } : {}) }, playhead);
          break;
        case "ended":
          if (!started || ended) break;
          endRebuffer(playhead);
          playing = false;
          ended = true;
          push("ended", {}, playhead);
          break;
      }
      lastPlayhead = playhead;
    },
    /** Every 10 s while playing: the current rendition and playhead keep the view's time series honest. */
    heartbeat(playhead: number) {
      if (!started || !playing || ended) return;
      lastPlayhead = playhead;
      push("heartbeat", rendition ?? {}, playhead);
    },
    /** Closes the view (unload, source change, ended + timeout). Returns whether a viewend was sent. */
    end: (playhead = lastPlayhead) => end(playhead),
  };
}

export type ViewSequencer = ReturnType<typeof createViewSequencer>;

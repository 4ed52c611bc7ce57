import type Hls from "hls.js";
import type { PlayerDom } from "./create-player-dom";

/** What the player's binders share: the DOM, hls.js (null with native HLS) and one abort signal for every listener. */
export interface PlayerContext {
  dom: PlayerDom;
  video: HTMLVideoElement;
  hls: Hls | null;
  signal: AbortSignal;
  /** The host element that goes fullscreen (the web component itself, or the React wrapper's div). */
  fullscreenTarget: HTMLElement;
}

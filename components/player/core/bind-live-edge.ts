import Hls from "hls.js";
import { formatLatency } from "./format-time";
import { getSeekRange } from "./get-seek-range";
import type { PlayerContext } from "./player-context";
import { readLiveLatency } from "./read-live-latency";

export interface LiveState {
  /** True while the playlist is live (no EXT-X-ENDLIST yet). */
  readonly live: boolean;
  /** Seconds behind live (see readLiveLatency), null when not live or not known yet. */
  readonly latency: number | null;
}

/** Back buffer kept while live: enough to rewind a little without refetching, bounded for long streams. */
const liveBackBufferSeconds = 60;

/**
 * The live UI. While the playlist is live: the LIVE button (lit at the live position, pressing it
 * goes there), the latency readout, and `data-live` / `data-latency` (seconds, 2 decimals) on
 * the player root and `hosts` for tests and benchmarks. When the playlist ends (EXT-X-ENDLIST)
 * all of it goes and the player behaves as for VOD. `tick` re-renders the seek bar while the live
 * position moves with the video paused.
 */
export function bindLiveEdge(ctx: PlayerContext, opts: { hosts: HTMLElement[]; tick: () => void; onLive: (live: boolean) => void }): LiveState {
  const { dom, video, hls, signal } = ctx;
  const state = { live: false, latency: null as number | null };
  const targets = [dom.root, ...opts.hosts];
  const setData = (name: string, value: string | null) => targets.forEach((t) => (value === null ? t.removeAttribute(name) : t.setAttribute(name, value)));
  let timer: ReturnType<typeof setInterval> | undefined;

  const render = () => {
    if (!state.live) return;
    const range = getSeekRange(ctx);
    const details = hls?.latestLevelDetails;
    // "At the live position" within a segment duration (at least 2 s): LL-HLS sits ~1 s behind the edge, standard ~3 segments.
    const slack = Math.max(2, details?.targetduration ?? 0);
    const atEdge = range !== null && video.currentTime >= range.end - slack;
    dom.live.toggleAttribute("data-at-edge", atEdge);
    dom.live.setAttribute("aria-label", atEdge ? "Playing live" : "Go to live");
    state.latency = readLiveLatency(ctx);
    const known = state.latency !== null;
    dom.latency.hidden = !known;
    if (known) {
      dom.latency.textContent = formatLatency(state.latency ?? 0);
      dom.latency.setAttribute("aria-label", `Latency ${formatLatency(state.latency ?? 0)} behind live`);
    }
    setData("data-latency", known ? (state.latency ?? 0).toFixed(2) : null);
    opts.tick();
  };
  const setLive = (value: boolean) => {
    if (value === state.live) return;
    state.live = value;
    dom.live.hidden = !value;
    dom.latency.hidden = true;
    setData("data-live", value ? "" : null);
    clearInterval(timer);
    if (value) {
      timer = setInterval(render, 500);
      if (hls && hls.userConfig.backBufferLength === undefined && hls.config.backBufferLength > liveBackBufferSeconds) hls.config.backBufferLength = liveBackBufferSeconds;
    } else {
      state.latency = null;
      setData("data-latency", null);
    }
    opts.onLive(value);
    render();
  };

  if (hls) hls.on(Hls.Events.LEVEL_LOADED, (_e, data) => setLive(Boolean(data.details.live)));
  else video.addEventListener("durationchange", () => setLive(video.duration === Infinity), { signal });
  video.addEventListener("timeupdate", render, { signal });
  signal.addEventListener("abort", () => {
    clearInterval(timer);
    setData("data-live", null);
    setData("data-latency", null);
  });
  dom.live.addEventListener("click", () => {
    const range = getSeekRange(ctx);
    if (range?.live) video.currentTime = range.end;
    void video.play().catch(() => {});
  }, { signal });
  return state;
}

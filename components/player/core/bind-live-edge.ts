import Hls from "hls.js";
import type { PlayerContext } from "./player-context";

/**
 * Live awareness (live streams arrive in a later issue): when the playlist is live the LIVE button
 * shows, lit while the playhead is near the live edge; pressing it jumps to the edge.
 */
export function bindLiveEdge(ctx: PlayerContext, onLive: (live: boolean) => void): void {
  const { dom, video, hls, signal } = ctx;
  let live = false;
  const edge = () => (hls ? (hls.liveSyncPosition ?? null) : video.seekable.length ? video.seekable.end(video.seekable.length - 1) : null);
  const setLive = (value: boolean) => {
    if (value === live) return;
    live = value;
    dom.live.hidden = !live;
    onLive(live);
  };
  const render = () => {
    if (!live) return;
    const target = edge();
    const atEdge = target !== null && video.currentTime >= target - 6;
    dom.live.toggleAttribute("data-at-edge", atEdge);
    dom.live.setAttribute("aria-label", atEdge ? "Playing live" : "Go to live");
  };
  if (hls) hls.on(Hls.Events.LEVEL_LOADED, (_e, data) => setLive(Boolean(data.details.live)));
  else video.addEventListener("durationchange", () => setLive(video.duration === Infinity), { signal });
  video.addEventListener("timeupdate", render, { signal });
  dom.live.addEventListener("click", () => {
    const target = edge();
    if (target !== null) video.currentTime = target;
    void video.play().catch(() => {});
  }, { signal });
}

import { formatLiveOffset, formatTime } from "./format-time";
import { fractionOf, getSeekRange } from "./get-seek-range";
import { playerIcons } from "./player-icons";
import type { PlayerContext } from "./player-context";

const setLabel = (button: HTMLButtonElement, label: string, icon: string) => {
  if (button.getAttribute("aria-label") === label) return;
  button.setAttribute("aria-label", label);
  button.innerHTML = icon;
};

/** Keeps the controls in step with the <video>: play state, time, seek slider values, buffer, volume, fullscreen. */
export function syncPlayerUi(ctx: PlayerContext): { renderTime: () => void } {
  const { dom, video, signal } = ctx;
  const on = (target: EventTarget, types: string, fn: () => void) => types.split(" ").forEach((t) => target.addEventListener(t, fn, { signal }));

  const renderTime = () => {
    const range = getSeekRange(ctx);
    const fraction = range ? fractionOf(range, video.currentTime) : 0;
    dom.played.style.width = `${fraction * 100}%`;
    dom.knob.style.left = `${fraction * 100}%`;
    const b = video.buffered;
    const bufferEnd = b.length ? b.end(b.length - 1) : 0;
    dom.buffered.style.width = range ? `${fractionOf(range, bufferEnd) * 100}%` : "0";
    if (range?.live) {
      // Live: the time is the distance behind the live position; the LIVE button and latency readout say the rest.
      const behind = Math.max(0, range.end - video.currentTime);
      dom.time.textContent = behind < 1 ? "" : formatLiveOffset(behind);
      dom.scrub.setAttribute("aria-valuemax", String(Math.round(range.end - range.start)));
      dom.scrub.setAttribute("aria-valuenow", String(Math.round(Math.max(0, video.currentTime - range.start))));
      dom.scrub.setAttribute("aria-valuetext", behind < 1 ? "Live" : `${formatTime(behind)} behind live`);
      return;
    }
    const known = range !== null;
    const duration = range?.end ?? 0;
    dom.time.textContent = `${formatTime(video.currentTime)} / ${known ? formatTime(duration) : "--:--"}`;
    dom.scrub.setAttribute("aria-valuemax", known ? String(Math.round(duration)) : "0");
    dom.scrub.setAttribute("aria-valuenow", String(Math.round(video.currentTime)));
    dom.scrub.setAttribute("aria-valuetext", `${formatTime(video.currentTime)} of ${known ? formatTime(duration) : "--:--"}`);
  };
  const renderPlay = () => {
    const paused = video.paused || video.ended;
    setLabel(dom.play, paused ? "Play" : "Pause", paused ? playerIcons.play : playerIcons.pause);
    dom.bigPlay.hidden = !paused || video.currentTime > 0;
    if (!paused) dom.spinner.hidden = true;
  };
  const renderVolume = () => {
    const muted = video.muted || video.volume === 0;
    setLabel(dom.mute, muted ? "Unmute" : "Mute", muted ? playerIcons.muted : playerIcons.volume);
    dom.volume.value = String(muted ? 0 : video.volume);
    dom.volume.setAttribute("aria-valuetext", muted ? "muted" : `${Math.round(video.volume * 100)}%`);
  };
  const renderFullscreen = () => {
    const full = document.fullscreenElement === ctx.fullscreenTarget;
    setLabel(dom.fullscreen, full ? "Exit fullscreen" : "Fullscreen", full ? playerIcons.exitFullscreen : playerIcons.fullscreen);
  };

  on(video, "timeupdate durationchange progress loadedmetadata seeked emptied", renderTime);
  on(video, "play pause ended playing emptied", renderPlay);
  on(video, "volumechange", renderVolume);
  on(video, "waiting seeking", () => (dom.spinner.hidden = false));
  on(video, "playing seeked canplay pause", () => (dom.spinner.hidden = video.readyState >= 3 || video.paused));
  // hls.js nudges the rate (e.g. 1.1×) to catch up with a live stream: the menu only follows rates it offers.
  on(video, "ratechange", () => {
    const value = String(video.playbackRate);
    if ([...dom.rate.select.options].some((o) => o.value === value)) dom.rate.select.value = value;
  });
  on(document, "fullscreenchange", renderFullscreen);
  renderTime();
  renderPlay();
  renderVolume();
  return { renderTime };
}

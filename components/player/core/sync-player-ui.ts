import { formatTime } from "./format-time";
import { playerIcons } from "./player-icons";
import type { PlayerContext } from "./player-context";

const setLabel = (button: HTMLButtonElement, label: string, icon: string) => {
  if (button.getAttribute("aria-label") === label) return;
  button.setAttribute("aria-label", label);
  button.innerHTML = icon;
};

/** Keeps the controls in step with the <video>: play state, time, seek slider values, buffer, volume, fullscreen. */
export function syncPlayerUi(ctx: PlayerContext): void {
  const { dom, video, signal } = ctx;
  const on = (target: EventTarget, types: string, fn: () => void) => types.split(" ").forEach((t) => target.addEventListener(t, fn, { signal }));

  const renderTime = () => {
    const duration = video.duration;
    const known = Number.isFinite(duration) && duration > 0;
    const fraction = known ? Math.min(1, video.currentTime / duration) : 0;
    dom.played.style.width = `${fraction * 100}%`;
    dom.knob.style.left = `${fraction * 100}%`;
    dom.time.textContent = `${formatTime(video.currentTime)} / ${known ? formatTime(duration) : "--:--"}`;
    dom.scrub.setAttribute("aria-valuemax", known ? String(Math.round(duration)) : "0");
    dom.scrub.setAttribute("aria-valuenow", String(Math.round(video.currentTime)));
    dom.scrub.setAttribute("aria-valuetext", `${formatTime(video.currentTime)} of ${known ? formatTime(duration) : "--:--"}`);
    const b = video.buffered;
    const end = b.length ? b.end(b.length - 1) : 0;
    dom.buffered.style.width = known ? `${Math.min(100, (end / duration) * 100)}%` : "0";
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
  on(video, "ratechange", () => (dom.rate.select.value = String(video.playbackRate)));
  on(document, "fullscreenchange", renderFullscreen);
  renderTime();
  renderPlay();
  renderVolume();
}

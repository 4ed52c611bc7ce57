import { playerIcons } from "./player-icons";
import { playerStyles } from "./player-styles";

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, html = ""): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (html) node.innerHTML = html;
  return node;
};
const button = (cls: string, label: string, icon: string) => el("button", { type: "button", class: cls, "aria-label": label }, icon);
const select = (label: string) => {
  const wrap = el("label", { class: "kfp-menu-row" });
  const s = el("select", { "aria-label": label });
  wrap.append(label, s);
  return { wrap, select: s };
};

/**
 * The player's DOM, built once: a focusable region holding the <video>, a status overlay, the
 * seek slider with storyboard preview, the control bar and the settings panel. Tab order follows
 * the visual order: seek bar, play, mute, volume, live, captions, settings, PiP, fullscreen.
 */
export function createPlayerDom(host: HTMLElement | ShadowRoot, title: string) {
  const style = el("style", {}, playerStyles);
  const root = el("div", { class: "kfp", role: "region", "aria-label": title ? `Video player: ${title}` : "Video player", tabindex: "0" });
  const video = el("video", { playsinline: "", preload: "auto", crossorigin: "anonymous" });
  const spinner = el("div", { class: "kfp-spinner", hidden: "" });
  const message = el("div", { class: "kfp-message", role: "alert", hidden: "" });
  const bigPlay = button("kfp-big", "Play", playerIcons.play);
  // A pointer convenience that duplicates the bar's Play button: kept out of the tab order and the accessibility tree.
  bigPlay.tabIndex = -1;
  bigPlay.setAttribute("aria-hidden", "true");

  const scrub = el("div", { class: "kfp-scrub", role: "slider", tabindex: "0", "aria-label": "Seek", "aria-valuemin": "0", "aria-valuemax": "0", "aria-valuenow": "0", "aria-valuetext": "0:00 of --:--" });
  const track = el("div", { class: "kfp-track" });
  const buffered = el("div", { class: "kfp-buffered" });
  const played = el("div", { class: "kfp-played" });
  const knob = el("div", { class: "kfp-knob" });
  const preview = el("div", { class: "kfp-preview", hidden: "", "aria-hidden": "true" });
  const previewImg = el("div", { class: "kfp-preview-img", hidden: "" });
  const previewTime = el("span", { class: "kfp-preview-time" });
  track.append(buffered, played, knob);
  preview.append(previewImg, previewTime);
  scrub.append(track, preview);

  const play = button("kfp-play", "Play", playerIcons.play);
  const mute = button("kfp-mute", "Mute", playerIcons.volume);
  const volume = el("input", { type: "range", class: "kfp-volume", min: "0", max: "1", step: "0.05", value: "1", "aria-label": "Volume" });
  const time = el("span", { class: "kfp-time", "aria-live": "off" }, "0:00 / --:--");
  const live = el("button", { type: "button", class: "kfp-live", "aria-label": "Go to live", hidden: "" }, "LIVE");
  const latency = el("span", { class: "kfp-latency", role: "status", title: "Latency: how far behind real time the picture is", hidden: "" });
  const captions = button("kfp-cc", "Captions", playerIcons.captions);
  captions.setAttribute("aria-pressed", "false");
  captions.hidden = true;
  const settings = button("kfp-settings", "Settings", playerIcons.settings);
  settings.setAttribute("aria-expanded", "false");
  const pip = button("kfp-pip", "Picture-in-picture", playerIcons.pip);
  const fullscreen = button("kfp-fs", "Fullscreen", playerIcons.fullscreen);
  const bar = el("div", { class: "kfp-bar" });
  bar.append(play, mute, volume, time, live, latency, el("span", { class: "kfp-spacer" }), captions, settings, pip, fullscreen);

  const menu = el("div", { class: "kfp-menu", role: "group", "aria-label": "Playback settings", hidden: "" });
  const quality = select("Quality");
  const subtitles = select("Subtitles");
  const audio = select("Audio");
  const rate = select("Speed");
  for (const r of [0.5, 0.75, 1, 1.25, 1.5, 2]) rate.select.append(new Option(r === 1 ? "Normal" : `${r}×`, String(r), r === 1, r === 1));
  menu.append(quality.wrap, subtitles.wrap, audio.wrap, rate.wrap);
  const controls = el("div", { class: "kfp-controls" });
  controls.append(scrub, bar);
  root.append(video, spinner, bigPlay, controls, menu, message);
  host.append(style, root);

  return {
    root, video, spinner, message, bigPlay, scrub, buffered, played, knob, preview, previewImg, previewTime,
    play, mute, volume, time, live, latency, captions, settings, pip, fullscreen, menu,
    quality, subtitles, audio, rate,
    remove: () => (style.remove(), root.remove()),
  };
}

export type PlayerDom = ReturnType<typeof createPlayerDom>;

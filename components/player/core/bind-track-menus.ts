import Hls from "hls.js";
import { formatBitrate } from "./format-bitrate";
import type { PlayerContext } from "./player-context";

const fill = (select: HTMLSelectElement, options: [string, string][], value: string) => {
  select.replaceChildren(...options.map(([v, label]) => new Option(label, v)));
  select.value = value;
  (select.parentElement as HTMLElement).hidden = options.length < 2;
};

/**
 * Quality (Auto + each rendition), subtitles (hls.js subtitle tracks, or the element's text tracks
 * with native HLS) and audio tracks, plus the captions toggle. Returns that toggle for the `c` key.
 */
export function bindTrackMenus(ctx: PlayerContext): () => void {
  const { dom, video, hls, signal } = ctx;
  let lastSubtitle = 0;

  const textTracks = () => Array.from(video.textTracks).filter((t) => t.kind === "subtitles" || t.kind === "captions");
  const subtitleList = (): { label: string; active: boolean }[] =>
    hls ? hls.subtitleTracks.map((t, i) => ({ label: t.name || t.lang || `Track ${i + 1}`, active: hls.subtitleTrack === i })) : textTracks().map((t, i) => ({ label: t.label || t.language || `Track ${i + 1}`, active: t.mode === "showing" }));
  const selectSubtitle = (index: number) => {
    if (index >= 0) lastSubtitle = index;
    if (hls) {
      hls.subtitleDisplay = index >= 0;
      hls.subtitleTrack = index;
    } else textTracks().forEach((t, i) => (t.mode = i === index ? "showing" : "disabled"));
    renderSubtitles();
  };
  const renderSubtitles = () => {
    const list = subtitleList();
    const active = list.findIndex((t) => t.active);
    fill(dom.subtitles.select, [["-1", "Off"], ...list.map((t, i): [string, string] => [String(i), t.label])], String(active));
    dom.captions.hidden = list.length === 0;
    dom.captions.setAttribute("aria-pressed", String(active >= 0));
  };
  const toggleCaptions = () => selectSubtitle(subtitleList().some((t) => t.active) ? -1 : lastSubtitle);
  dom.subtitles.select.addEventListener("change", () => selectSubtitle(Number(dom.subtitles.select.value)), { signal });
  video.textTracks.addEventListener("addtrack", renderSubtitles, { signal });
  video.textTracks.addEventListener("change", renderSubtitles, { signal });

  const renderQuality = () => {
    if (!hls) return fill(dom.quality.select, [], "-1");
    const current = hls.levels[hls.currentLevel] ?? hls.levels[hls.loadLevel];
    const auto = hls.autoLevelEnabled;
    const levels = hls.levels.map((l, i): [string, string, number] => [String(i), `${l.height}p · ${formatBitrate(l.bitrate)}`, l.height]).sort((a, b) => b[2] - a[2]);
    fill(dom.quality.select, [["-1", `Auto${auto && current ? ` (${current.height}p)` : ""}`], ...levels.map(([v, label]): [string, string] => [v, label])], auto ? "-1" : String(hls.manualLevel));
    if (hls.levels.length === 1) (dom.quality.select.parentElement as HTMLElement).hidden = true;
  };
  const renderAudio = () => {
    if (!hls) return fill(dom.audio.select, [], "0");
    fill(dom.audio.select, hls.audioTracks.map((t, i): [string, string] => [String(i), t.name || t.lang || `Audio ${i + 1}`]), String(hls.audioTrack));
  };
  dom.quality.select.addEventListener("change", () => {
    // currentLevel switches now (flushing the buffer) so a pick is visible at once; -1 is Auto again.
    if (hls) hls.currentLevel = Number(dom.quality.select.value);
    renderQuality();
  }, { signal });
  dom.audio.select.addEventListener("change", () => hls && (hls.audioTrack = Number(dom.audio.select.value)), { signal });

  if (hls) {
    hls.on(Hls.Events.MANIFEST_PARSED, renderQuality);
    hls.on(Hls.Events.LEVEL_SWITCHED, renderQuality);
    hls.on(Hls.Events.SUBTITLE_TRACKS_UPDATED, renderSubtitles);
    hls.on(Hls.Events.SUBTITLE_TRACK_SWITCH, renderSubtitles);
    hls.on(Hls.Events.AUDIO_TRACKS_UPDATED, renderAudio);
    hls.on(Hls.Events.AUDIO_TRACK_SWITCHED, renderAudio);
  }
  renderQuality();
  renderSubtitles();
  renderAudio();
  return toggleCaptions;
}

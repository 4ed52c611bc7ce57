import { getSeekRange, timeAtFraction } from "./get-seek-range";
import { mapPlayerKey, type PlayerAction } from "./map-player-key";
import type { PlayerContext } from "./player-context";

/** Fullscreen on the player host; iOS Safari only lets the <video> itself go fullscreen. */
export function toggleFullscreen(ctx: PlayerContext): void {
  const doc = ctx.fullscreenTarget.ownerDocument;
  if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => {});
  else if (ctx.fullscreenTarget.requestFullscreen) void ctx.fullscreenTarget.requestFullscreen().catch(() => {});
  else (ctx.video as HTMLVideoElement & { webkitEnterFullscreen?: () => void }).webkitEnterFullscreen?.();
}

export function togglePlay(video: HTMLVideoElement): void {
  if (video.paused || video.ended) void video.play().catch(() => {});
  else video.pause();
}

/** Seeks within the timeline: 0…duration for VOD, the DVR window up to the live position for live. */
function seekTo(ctx: PlayerContext, time: number) {
  const range = getSeekRange(ctx);
  if (range) ctx.video.currentTime = Math.max(range.start, Math.min(range.end, time));
}

/** Runs one keyboard/shortcut action against the player. */
export function runPlayerAction(ctx: PlayerContext, action: PlayerAction, toggleCaptions: () => void): void {
  const { video } = ctx;
  switch (action.type) {
    case "toggle-play":
      return togglePlay(video);
    case "toggle-mute":
      video.muted = !video.muted;
      return;
    case "toggle-fullscreen":
      return toggleFullscreen(ctx);
    case "toggle-captions":
      return toggleCaptions();
    case "seek-by":
      return seekTo(ctx, video.currentTime + action.seconds);
    case "seek-percent": {
      const range = getSeekRange(ctx);
      if (range) seekTo(ctx, timeAtFraction(range, action.percent / 100));
      return;
    }
    case "volume-by":
      video.muted = false;
      video.volume = Math.max(0, Math.min(1, Math.round((video.volume + action.delta) * 100) / 100));
      return;
  }
}

/** Buttons, volume, seek slider (pointer + keys), keyboard shortcuts on the player region, idle hiding. */
export function bindPlayerControls(ctx: PlayerContext, toggleCaptions: () => void): void {
  const { dom, video, signal } = ctx;
  const on = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void) => target.addEventListener(type, fn as EventListener, { signal });

  on(dom.play, "click", () => togglePlay(video));
  on(dom.bigPlay, "click", () => togglePlay(video));
  on(video, "click", () => togglePlay(video));
  on(video, "dblclick", () => toggleFullscreen(ctx));
  on(dom.mute, "click", () => (video.muted = !video.muted));
  on(dom.volume, "input", () => {
    video.volume = Number(dom.volume.value);
    video.muted = video.volume === 0;
  });
  on(dom.fullscreen, "click", () => toggleFullscreen(ctx));
  on(dom.pip, "click", () => {
    if (document.pictureInPictureElement) void document.exitPictureInPicture().catch(() => {});
    else void video.requestPictureInPicture?.().catch(() => {});
  });
  dom.pip.hidden = typeof document === "undefined" || !document.pictureInPictureEnabled;
  on(dom.captions, "click", toggleCaptions);
  on(dom.settings, "click", () => {
    dom.menu.hidden = !dom.menu.hidden;
    dom.settings.setAttribute("aria-expanded", String(!dom.menu.hidden));
  });
  on<KeyboardEvent>(dom.menu, "keydown", (e) => {
    if (e.key !== "Escape") return;
    dom.menu.hidden = true;
    dom.settings.setAttribute("aria-expanded", "false");
    dom.settings.focus();
  });
  on(dom.rate.select, "change", () => (video.playbackRate = Number(dom.rate.select.value)));

  // Seek slider: pointer drag anywhere on the bar.
  const seekToPointer = (clientX: number) => {
    const rect = dom.scrub.getBoundingClientRect();
    const range = getSeekRange(ctx);
    if (range) seekTo(ctx, timeAtFraction(range, (clientX - rect.left) / (rect.width || 1)));
  };
  let dragging = false;
  on<PointerEvent>(dom.scrub, "pointerdown", (e) => {
    dragging = true;
    dom.scrub.setPointerCapture?.(e.pointerId);
    seekToPointer(e.clientX);
  });
  on<PointerEvent>(dom.scrub, "pointermove", (e) => dragging && seekToPointer(e.clientX));
  on(dom.scrub, "pointerup", () => (dragging = false));

  // Shortcuts anywhere in the player, except where a control needs the key itself.
  on<KeyboardEvent>(dom.root, "keydown", (e) => {
    const target = e.composedPath()[0] as HTMLElement;
    if (target.closest?.("select, input, .kfp-menu")) return;
    if ((e.key === " " || e.key === "Enter") && target.tagName === "BUTTON") return;
    const action = mapPlayerKey(e);
    if (!action) return;
    e.preventDefault();
    runPlayerAction(ctx, action, toggleCaptions);
  });

  // Controls fade out after 2.5 s of no pointer activity while playing.
  let idle: ReturnType<typeof setTimeout> | undefined;
  const wake = () => {
    dom.root.removeAttribute("data-idle");
    clearTimeout(idle);
    idle = setTimeout(() => !video.paused && dom.menu.hidden && dom.root.setAttribute("data-idle", ""), 2500);
  };
  on(dom.root, "pointermove", wake);
  on(video, "play", wake);
  on(video, "pause", () => dom.root.removeAttribute("data-idle"));
  signal.addEventListener("abort", () => clearTimeout(idle));
}

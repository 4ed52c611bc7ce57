import { formatLiveOffset, formatTime } from "./format-time";
import { getSeekRange, timeAtFraction } from "./get-seek-range";
import { findStoryboardTile, parseStoryboardVtt, type StoryboardTile } from "./parse-storyboard-vtt";
import type { PlayerContext } from "./player-context";

const previewWidth = 160;

/**
 * Hovering or dragging on the seek bar shows the time and, once the storyboard VTT has loaded
 * (fetched on first hover, so it costs nothing at startup), the sprite tile for that time.
 */
export function bindStoryboardPreview(ctx: PlayerContext, storyboardUrl: string | null): void {
  const { dom, signal } = ctx;
  let tiles: StoryboardTile[] | null = null;
  let loading = false;
  const load = () => {
    if (!storyboardUrl || loading) return;
    loading = true;
    const absolute = new URL(storyboardUrl, location.href).href;
    fetch(absolute, { signal })
      .then((res) => (res.ok ? res.text() : ""))
      .then((text) => (tiles = parseStoryboardVtt(text, absolute)))
      .catch(() => (tiles = []));
  };

  const show = (e: PointerEvent) => {
    load();
    const rect = dom.scrub.getBoundingClientRect();
    const fraction = Math.max(0, Math.min(1, (e.clientX - rect.left) / (rect.width || 1)));
    const range = getSeekRange(ctx);
    dom.preview.hidden = !range;
    if (!range) return;
    const time = timeAtFraction(range, fraction);
    dom.previewTime.textContent = range.live ? formatLiveOffset(range.end - time) : formatTime(time);
    const tile = tiles ? findStoryboardTile(tiles, time) : null;
    dom.previewImg.hidden = !tile;
    if (tile) {
      const scale = previewWidth / tile.width;
      Object.assign(dom.previewImg.style, {
        width: `${previewWidth}px`,
        height: `${Math.round(tile.height * scale)}px`,
        backgroundImage: `url("${tile.url}")`,
        backgroundPosition: `-${tile.x * scale}px -${tile.y * scale}px`,
        // The sprite is scaled as a whole; its full size is unknown here, so scale via background-size on load.
        backgroundSize: spriteSize(tile, scale),
      });
      dom.previewImg.dataset.time = String(tile.start);
    }
    const half = previewWidth / 2 + 4;
    dom.preview.style.left = `${Math.max(half, Math.min(rect.width - half, fraction * rect.width))}px`;
  };
  dom.scrub.addEventListener("pointermove", show as EventListener, { signal });
  dom.scrub.addEventListener("pointerenter", show as EventListener, { signal });
  dom.scrub.addEventListener("pointerleave", () => (dom.preview.hidden = true), { signal });
  dom.scrub.addEventListener("focus", load, { signal });

  function spriteSize(tile: StoryboardTile, scale: number): string {
    // Tiles sit on a grid from (0,0); the widest/tallest tile edges give the sprite's size.
    const cols = tiles ? Math.max(...tiles.map((t) => t.x + t.width)) : tile.x + tile.width;
    const rows = tiles ? Math.max(...tiles.map((t) => t.y + t.height)) : tile.y + tile.height;
    return `${cols * scale}px ${rows * scale}px`;
  }
}

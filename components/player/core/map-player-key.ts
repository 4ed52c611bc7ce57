export type PlayerAction =
  | { type: "toggle-play" | "toggle-mute" | "toggle-fullscreen" | "toggle-captions" }
  | { type: "seek-by"; seconds: number }
  | { type: "seek-percent"; percent: number }
  | { type: "volume-by"; delta: number };

/**
 * Keyboard shortcuts (YouTube's): space/k play-pause, j/l ∓10 s, ←/→ ∓5 s, ↑/↓ volume, f
 * fullscreen, m mute, c captions, 0–9 jump to 0–90 %, Home/End to the start/end (for live: the
 * live position). Null when the key is not a shortcut, or when a modifier is held (browser
 * shortcuts win).
 */
export function mapPlayerKey(event: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): PlayerAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  switch (key) {
    case " ":
    case "k":
      return { type: "toggle-play" };
    case "j":
      return { type: "seek-by", seconds: -10 };
    case "l":
      return { type: "seek-by", seconds: 10 };
    case "ArrowLeft":
      return { type: "seek-by", seconds: -5 };
    case "ArrowRight":
      return { type: "seek-by", seconds: 5 };
    case "ArrowUp":
      return { type: "volume-by", delta: 0.1 };
    case "ArrowDown":
      return { type: "volume-by", delta: -0.1 };
    case "f":
      return { type: "toggle-fullscreen" };
    case "m":
      return { type: "toggle-mute" };
    case "c":
      return { type: "toggle-captions" };
    case "Home":
      return { type: "seek-percent", percent: 0 };
    case "End":
      return { type: "seek-percent", percent: 100 };
    default:
      return /^[0-9]$/.test(key) ? { type: "seek-percent", percent: Number(key) * 10 } : null;
  }
}

export interface StoryboardTile {
  start: number;
  end: number;
  url: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const toSeconds = (stamp: string) => stamp.split(":").reduce((acc, part) => acc * 60 + Number(part), 0);

/**
 * Parses a storyboard WebVTT (each cue's text is `sprite-url#xywh=x,y,w,h`), resolving sprite URLs
 * against the VTT's own URL. Cues without an xywh fragment are skipped.
 */
export function parseStoryboardVtt(text: string, baseUrl: string): StoryboardTile[] {
  const tiles: StoryboardTile[] = [];
  for (const block of text.replace(/\r/g, "").split(/\n\n+/)) {
    const lines = block.split("\n");
    const timing = lines.findIndex((l) => l.includes("-->"));
    if (timing < 0) continue;
    const [from, to] = lines[timing]!.split("-->").map((s) => s.trim().split(/\s+/)[0]!);
    const payload = lines[timing + 1]?.trim() ?? "";
    const match = /^(.*)#xywh=(\d+),(\d+),(\d+),(\d+)$/.exec(payload);
    if (!match || !from || !to) continue;
    tiles.push({ start: toSeconds(from), end: toSeconds(to), url: new URL(match[1]!, baseUrl).href, x: +match[2]!, y: +match[3]!, width: +match[4]!, height: +match[5]! });
  }
  return tiles;
}

/** The tile showing `time` (binary search over start-sorted tiles). */
export function findStoryboardTile(tiles: StoryboardTile[], time: number): StoryboardTile | null {
  let lo = 0;
  let hi = tiles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tiles[mid]!;
    if (time < t.start) hi = mid - 1;
    else if (time >= t.end) lo = mid + 1;
    else return t;
  }
  return tiles.length && time >= tiles.at(-1)!.end ? tiles.at(-1)! : null;
}

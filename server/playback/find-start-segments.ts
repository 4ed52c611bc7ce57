/**
 * The first requests a player makes in a VOD rendition playlist: its init segment (EXT-X-MAP) and
 * the media segment that holds `startTime`. URIs as written in the playlist (relative).
 */
export function findStartSegments(playlist: string, startTime = 0): { init: string | null; segment: string | null } {
  const init = /#EXT-X-MAP:[^\n]*URI="([^"]+)"/.exec(playlist)?.[1] ?? null;
  let t = 0;
  let duration: number | null = null;
  for (const raw of playlist.split(/\r?\n/)) {
    const line = raw.trim();
    const extinf = /^#EXTINF:([\d.]+)/.exec(line);
    if (extinf) duration = Number(extinf[1]);
    if (!line || line.startsWith("#") || duration === null) continue;
    if (startTime < t + duration) return { init, segment: line };
    t += duration;
    duration = null;
  }
  return { init, segment: null };
}

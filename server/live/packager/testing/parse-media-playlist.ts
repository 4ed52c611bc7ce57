/** A media playlist read back the way a player reads it (tests only). */
export type ParsedPart = { duration: number; uri: string; independent: boolean };
export type ParsedSegment = {
  msn: number;
  duration: number | null;
  uri: string | null;
  parts: ParsedPart[];
  programDateTime: number | null;
  discontinuity: boolean;
  map: string;
};
export type ParsedMediaPlaylist = {
  lines: string[];
  version: number;
  targetDuration: number;
  mediaSequence: number;
  discontinuitySequence: number;
  serverControl: Record<string, string>;
  partTarget: number | null;
  skipped: number;
  segments: ParsedSegment[];
  preloadHint: string | null;
  reports: Record<string, string>[];
  endList: boolean;
};

const attributes = (text: string): Record<string, string> =>
  Object.fromEntries([...text.matchAll(/([A-Z0-9-]+)=("[^"]*"|[^,]*)/g)].map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, "")]));

export function parseMediaPlaylist(text: string): ParsedMediaPlaylist {
  const lines = text.split("\n").filter(Boolean);
  if (lines[0] !== "#EXTM3U") throw new Error("not a playlist");
  const value = (tag: string) => lines.find((l) => l.startsWith(`${tag}:`))?.slice(tag.length + 1);
  const out: ParsedMediaPlaylist = {
    lines,
    version: Number(value("#EXT-X-VERSION")),
    targetDuration: Number(value("#EXT-X-TARGETDURATION")),
    mediaSequence: Number(value("#EXT-X-MEDIA-SEQUENCE") ?? 0),
    discontinuitySequence: Number(value("#EXT-X-DISCONTINUITY-SEQUENCE") ?? 0),
    serverControl: attributes(value("#EXT-X-SERVER-CONTROL") ?? ""),
    partTarget: value("#EXT-X-PART-INF") ? Number(attributes(value("#EXT-X-PART-INF")!)["PART-TARGET"]) : null,
    skipped: Number(attributes(value("#EXT-X-SKIP") ?? "")["SKIPPED-SEGMENTS"] ?? 0),
    segments: [],
    preloadHint: attributes(value("#EXT-X-PRELOAD-HINT") ?? "").URI ?? null,
    reports: lines.filter((l) => l.startsWith("#EXT-X-RENDITION-REPORT:")).map((l) => attributes(l.slice(24))),
    endList: lines.includes("#EXT-X-ENDLIST"),
  };
  let map = "";
  let next: ParsedSegment | null = null;
  const open = () => (next ??= { msn: out.mediaSequence + out.skipped + out.segments.length, duration: null, uri: null, parts: [], programDateTime: null, discontinuity: false, map });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("#EXT-X-MAP:")) map = attributes(line.slice(11)).URI!;
    else if (line === "#EXT-X-DISCONTINUITY") open().discontinuity = true;
    else if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) open().programDateTime = Date.parse(line.slice(25));
    else if (line.startsWith("#EXT-X-PART:")) {
      const a = attributes(line.slice(12));
      open().parts.push({ duration: Number(a.DURATION), uri: a.URI!, independent: a.INDEPENDENT === "YES" });
    } else if (line.startsWith("#EXTINF:")) {
      const segment = open();
      Object.assign(segment, { duration: Number(line.slice(8).split(",")[0]), uri: lines[++i]!, map });
      out.segments.push(segment);
      next = null;
    }
  }
  if (next) out.segments.push({ ...(next as ParsedSegment), map });
  return out;
}

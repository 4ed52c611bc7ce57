export interface EmbedStart {
  /** hls.js build the master needs: "light" has no alternate audio, subtitles, captions or DRM. */
  hls: "light" | "full";
  /** hls.js's index (after its sort) of the rendition to start on, and that variant's URI. */
  startLevel: number | null;
  variantUri: string | null;
}

/** Master tags the light build plays everything of; any other tag (EXT-X-MEDIA, SESSION-KEY, DEFINE…) asks for the full build. */
const lightTags = new Set(["#EXTM3U", "#EXT-X-VERSION", "#EXT-X-INDEPENDENT-SEGMENTS", "#EXT-X-STREAM-INF", "#EXT-X-I-FRAME-STREAM-INF", "#EXT-X-START"]);
/** Rendition groups and in-band captions are what the light build leaves out. */
const groupAttribute = /(?:^|,)(?:AUDIO|SUBTITLES)=|(?:^|,)CLOSED-CAPTIONS="/;
/** The start rendition is the middle of the rungs up to this height: quick to fetch, not blurry. */
const maxStartHeight = 720;

type Variant = { uri: string; height: number; frameRate: number; bitrate: number; hasResolution: boolean };

function readVariants(master: string): Variant[] {
  const lines = master.split(/\r?\n/).map((l) => l.trim());
  const variants: Variant[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith("#EXT-X-STREAM-INF:")) return;
    const uri = lines.slice(i + 1).find((l) => l && !l.startsWith("#"));
    if (!uri) return;
    const attr = (name: string) => new RegExp(`(?:^|[:,])${name}=([^,]*)`).exec(line)?.[1];
    const resolution = /^(\d+)x(\d+)$/.exec(attr("RESOLUTION") ?? "");
    variants.push({
      uri,
      height: Number(resolution?.[2] ?? 0),
      frameRate: Number(attr("FRAME-RATE") ?? 0),
      bitrate: Number(attr("AVERAGE-BANDWIDTH") ?? attr("BANDWIDTH") ?? 0),
      hasResolution: Boolean(resolution),
    });
  });
  return variants;
}

/**
 * What the embed page can decide from the stored master before the player runs: the hls.js build
 * and a start rendition. Levels are ordered as hls.js orders them (height, frame rate, bitrate,
 * audio-only variants dropped when video ones exist), so the index names the same rendition.
 */
export function chooseEmbedStart(master: string): EmbedStart {
  const tags = master.split(/\r?\n/).filter((l) => l.startsWith("#EXT"));
  const light = tags.every((t) => lightTags.has(t.split(":")[0]!) && !(t.startsWith("#EXT-X-STREAM-INF:") && groupAttribute.test(t.slice(18))));
  const all = readVariants(master);
  const levels = (all.some((v) => v.hasResolution) ? all.filter((v) => v.hasResolution) : all)
    .map((v, i) => ({ ...v, i }))
    .sort((a, b) => a.height - b.height || a.frameRate - b.frameRate || a.bitrate - b.bitrate || a.i - b.i);
  const rungs = levels.filter((v) => v.height <= maxStartHeight);
  const pick = (rungs.length ? rungs : levels)[Math.floor(((rungs.length || levels.length) - 1) / 2)];
  return { hls: light ? "light" : "full", startLevel: pick ? levels.indexOf(pick) : null, variantUri: pick?.uri ?? null };
}

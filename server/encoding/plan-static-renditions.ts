/**
 * Static MP4/M4A renditions, named as Mux names their files. `mp4_support` (the older API) gives
 * `capped-1080p.mp4`, `audio.m4a` and, for the deprecated `standard`, `high.mp4`/`medium.mp4`/
 * `low.mp4`; the static-renditions API gives `highest.mp4`, `audio.m4a` or `{720p…}.mp4`.
 */
export const staticResolutions = ["highest", "audio-only", "2160p", "1440p", "1080p", "720p", "540p", "480p", "360p", "270p"] as const;
export type StaticResolution = (typeof staticResolutions)[number];

export interface StaticRenditionSpec {
  /** File name without extension: the rendition row's name and the URL's last segment. */
  name: string;
  ext: "mp4" | "m4a";
  /** Output size (even); null for audio. */
  width: number | null;
  height: number | null;
  /** Why it cannot be made for this asset (Mux reports such renditions as skipped). */
  skipped?: string;
}

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);
// `standard`'s lower files, by short side.
const LEGACY: Record<string, number> = { high: 1080, medium: 540, low: 360 };

/** The rendition name a static-renditions API resolution maps to. */
export const staticRenditionName = (resolution: StaticResolution) => (resolution === "audio-only" ? "audio" : resolution);

/** Names the asset's `mp4_support` asks for, given what its source has. */
export function namesForMp4Support(mp4Support: string | undefined, source: { hasVideo: boolean; hasAudio: boolean; shortSide: number | null }): string[] {
  const options = new Set((mp4Support ?? "none").split(","));
  const names: string[] = [];
  if (options.has("standard")) {
    if (!source.hasVideo) return source.hasAudio ? ["audio"] : [];
    const short = source.shortSide ?? 0;
    return ["high", ...(short > 540 ? ["medium"] : []), ...(short > 360 ? ["low"] : [])];
  }
  if (options.has("capped-1080p") && source.hasVideo) names.push("capped-1080p");
  if (options.has("audio-only") && source.hasAudio) names.push("audio");
  return names;
}

/** What to encode for each name, for a source of this display size (never upscaled). */
export function planStaticRenditions(names: string[], source: { width: number | null; height: number | null; hasVideo: boolean; hasAudio: boolean }): StaticRenditionSpec[] {
  return names.map((name): StaticRenditionSpec => {
    if (name === "audio") return { name, ext: "m4a", width: null, height: null, skipped: source.hasAudio ? undefined : "the asset has no audio" };
    if (!source.hasVideo || !source.width || !source.height) return { name, ext: "mp4", width: null, height: null, skipped: "the asset has no video" };
    const sourceShort = Math.min(source.width, source.height);
    const requested = LEGACY[name] ?? (/^(\d+)p$/.exec(name) ? Number(name.slice(0, -1)) : 1080);
    const exact = /^\d+p$/.test(name);
    if (exact && requested > sourceShort) return { name, ext: "mp4", width: null, height: null, skipped: `the source is smaller than ${name}` };
    const short = Math.min(requested, sourceShort);
    const scale = short / sourceShort;
    return { name, ext: "mp4", width: even(source.width * scale), height: even(source.height * scale) };
  });
}

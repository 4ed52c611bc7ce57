/** Where the build writes the embed's player modules (inside .next: `next build` runs first and clears it). */
export const embedPlayerDir = ".next/keyframe-player";

/** light: hls.js without alternate audio, subtitles, EME; full: everything. */
export type EmbedPlayerVariant = "light" | "full";

/** manifest.json: the content-hashed file name of each variant. */
export type EmbedPlayerManifest = Record<EmbedPlayerVariant, string>;

/** Cache-Control per kind of delivery response; `signed` responses stay out of shared caches. */
export const cachePolicies = {
  /** Segments and init files never change under their URL. */
  segment: "max-age=31536000, immutable",
  /** The master of a finished VOD asset changes only if the asset is reprocessed. */
  playlist: "max-age=60",
  /** A master that is still growing (renditions being added) must be re-read quickly. */
  growingPlaylist: "max-age=2",
  mp4: "max-age=86400",
  /** Rendered images are addressed by their parameters; they do not change. */
  image: "max-age=604800",
} as const;

export function cacheControl(kind: keyof typeof cachePolicies, signed: boolean): string {
  return `${signed ? "private" : "public"}, ${cachePolicies[kind]}`;
}

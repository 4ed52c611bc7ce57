const uriAttribute = /URI="([^"]*)"/g;
const isRelative = (uri: string) => !/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith("/");

/**
 * Rewrites the relative URIs of an HLS playlist (media lines and URI="…" attributes of EXT-X-MAP,
 * EXT-X-MEDIA, EXT-X-I-FRAME-STREAM-INF): each gets `prefix` in front and `query` appended. The
 * pipeline writes relative URIs only, so this is where base URLs and session tokens come in.
 */
export function rewritePlaylist(playlist: string, options: { prefix?: string; query?: string }): string {
  const rewrite = (uri: string) => {
    if (!isRelative(uri)) return uri;
    const withPrefix = `${options.prefix ?? ""}${uri}`;
    if (!options.query) return withPrefix;
    return `${withPrefix}${withPrefix.includes("?") ? "&" : "?"}${options.query}`;
  };
  return playlist
    .split(/\r?\n/)
    .map((line) => {
      const trimmed = line.trim();
      if (!trimmed) return line;
      if (trimmed.startsWith("#")) return line.replace(uriAttribute, (_, uri: string) => `URI="${rewrite(uri)}"`);
      return rewrite(trimmed);
    })
    .join("\n");
}

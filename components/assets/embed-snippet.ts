import { absoluteUrl } from "./format-media";

/** The iframe snippet for /embed/{playbackId} (with ?token= for a signed ID), as the console shows it. */
export function embedSnippet(playbackId: string, token?: string): string {
  const src = absoluteUrl(`/embed/${playbackId}${token ? `?token=${encodeURIComponent(token)}` : ""}`);
  return `<iframe src="${src}" style="width:100%;aspect-ratio:16/9;border:0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>`;
}

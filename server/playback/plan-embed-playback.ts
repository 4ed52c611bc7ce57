import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { deliveryUrls } from "@/server/delivery/delivery-urls";
import { readStoredText } from "@/server/delivery/read-stored-text";
import { rewritePlaylist } from "@/server/delivery/rewrite-playlist";
import { chooseEmbedStart } from "./choose-embed-start";
import { findStartSegments } from "./find-start-segments";

export interface EmbedPlayback {
  hls: "light" | "full";
  startLevel: number | null;
  /** Playlists the page carries, by URL, exactly as /stream would serve them: no round trip for them. */
  inline: Record<string, string>;
  /** Fetched from the HTML while the player module loads, in the order the player needs them. */
  preloads: string[];
}

/**
 * The embed page's head start: which hls.js build to load, the public master and start-rendition
 * playlists to inline, and the init and first segment to preload. A signed source gets only a
 * preload of its master: child URIs carry a session minted per master request. A live stream, or
 * anything unreadable, gets the full build and the master preload.
 */
export async function planEmbedPlayback(input: { playbackId: string; assetId: string | null; token?: string; startTime?: number }): Promise<EmbedPlayback> {
  const master = deliveryUrls.master(input.playbackId) + (input.token ? `?token=${encodeURIComponent(input.token)}` : "");
  const fallback: EmbedPlayback = { hls: "full", startLevel: null, inline: {}, preloads: [master] };
  if (!input.assetId) return fallback;
  try {
    const stored = await readStoredText(assetStorageKeys.hlsMaster(input.assetId));
    if (stored === null) return fallback;
    const start = chooseEmbedStart(stored);
    const plan: EmbedPlayback = { hls: start.hls, startLevel: start.startLevel, inline: {}, preloads: [master] };
    // The pipeline's layout, `{rendition}/index.m3u8`; anything else is not predicted.
    const [, rendition, file] = /^([\w.-]+)\/([\w.-]+)$/.exec(start.variantUri ?? "") ?? [];
    if (input.token || !rendition || !file) return plan;
    const playlist = await readStoredText(assetStorageKeys.hlsRendition(input.assetId, rendition) + file);
    if (playlist === null) return plan;
    // As serveMasterPlaylist and serveRenditionPlaylist answer a public playback ID.
    const child = (uri: string) => `${deliveryUrls.streamChild(input.playbackId)}${rendition}/${uri}`;
    plan.inline = { [master]: rewritePlaylist(stored, { prefix: deliveryUrls.streamChild(input.playbackId) }), [child(file)]: rewritePlaylist(playlist, {}) };
    const { init, segment } = findStartSegments(playlist, input.startTime);
    plan.preloads = [init, segment].filter((uri): uri is string => Boolean(uri && /^[\w.-]+$/.test(uri))).map(child);
    return plan;
  } catch (error) {
    console.warn("[keyframe] embed: could not plan preloads", error);
    return fallback;
  }
}

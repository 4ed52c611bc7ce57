import type { HlsRenditionResult } from "./hls-rendition-result";

export type MasterEntry = Pick<HlsRenditionResult, "name" | "width" | "height" | "frameRate" | "codecs" | "peakBitrate" | "averageBitrate">;

/**
 * The master playlist over the renditions ready so far, highest bandwidth first. Audio is muxed
 * into each variant, so there is no EXT-X-MEDIA group; an audio-only asset has one audio variant.
 * URIs are relative (`720p/index.m3u8`) so delivery can serve it under any base URL.
 */
export function writeMasterPlaylist(entries: MasterEntry[]): string {
  const lines = ["#EXTM3U", "#EXT-X-VERSION:7", "#EXT-X-INDEPENDENT-SEGMENTS"];
  for (const e of [...entries].sort((a, b) => b.peakBitrate - a.peakBitrate)) {
    const attributes = [
      `BANDWIDTH=${Math.max(e.peakBitrate, e.averageBitrate)}`,
      `AVERAGE-BANDWIDTH=${e.averageBitrate}`,
      `CODECS="${e.codecs}"`,
      ...(e.width && e.height ? [`RESOLUTION=${e.width}x${e.height}`] : []),
      ...(e.frameRate ? [`FRAME-RATE=${e.frameRate.toFixed(3)}`] : []),
    ];
    lines.push(`#EXT-X-STREAM-INF:${attributes.join(",")}`, `${e.name}/index.m3u8`);
  }
  return `${lines.join("\n")}\n`;
}

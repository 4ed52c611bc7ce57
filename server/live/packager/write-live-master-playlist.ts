import type { LiveRenditionSpec } from "./live-packager-types";
import type { InitSegmentInfo } from "./parse-init-segment";

/**
 * The master playlist of a live stream: one variant per rendition (audio muxed in, so no
 * EXT-X-MEDIA), highest bandwidth first, CODECS as the init segments declare them. Resolution comes
 * from the spec, else from the video sample entry.
 */
export function writeLiveMasterPlaylist(variants: { spec: LiveRenditionSpec; init: InitSegmentInfo }[]): string {
  const lines = ["#EXTM3U", "#EXT-X-VERSION:7", "#EXT-X-INDEPENDENT-SEGMENTS"];
  for (const { spec, init } of [...variants].sort((a, b) => b.spec.bandwidth - a.spec.bandwidth)) {
    const video = init.tracks.find((t) => t.kind === "video");
    const width = spec.width ?? video?.width;
    const height = spec.height ?? video?.height;
    const attributes = [
      `BANDWIDTH=${Math.round(spec.bandwidth)}`,
      ...(init.codecs ? [`CODECS="${init.codecs}"`] : []),
      ...(width && height ? [`RESOLUTION=${width}x${height}`] : []),
      ...(spec.frameRate ? [`FRAME-RATE=${spec.frameRate.toFixed(3)}`] : []),
    ];
    lines.push(`#EXT-X-STREAM-INF:${attributes.join(",")}`, `${spec.name}.m3u8`);
  }
  return `${lines.join("\n")}\n`;
}

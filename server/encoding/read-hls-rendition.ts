import fs from "node:fs/promises";
import path from "node:path";
import type { HlsRenditionResult } from "./hls-rendition-result";
import { readInitCodecs } from "./read-init-codecs";

/**
 * Measures a rendition ffmpeg wrote to `dir` (index.m3u8, its EXT-X-MAP init and segments):
 * durations from EXTINF, peak and average bitrate from segment sizes, CODECS from the init bytes.
 */
export async function readHlsRendition(
  dir: string,
  rendition: Pick<HlsRenditionResult, "name" | "width" | "height" | "frameRate">,
): Promise<HlsRenditionResult> {
  const playlist = await fs.readFile(path.join(dir, "index.m3u8"), "utf8");
  const lines = playlist.split("\n").map((l) => l.trim());
  const init = /#EXT-X-MAP:URI="([^"]+)"/.exec(playlist)?.[1];
  if (!init) throw new Error(`${rendition.name}/index.m3u8 has no EXT-X-MAP init segment`);
  const segments: { duration: number; file: string }[] = [];
  lines.forEach((line, i) => {
    const extinf = /^#EXTINF:([\d.]+)/.exec(line);
    const uri = lines[i + 1];
    if (extinf && uri && !uri.startsWith("#")) segments.push({ duration: Number(extinf[1]), file: uri });
  });
  if (!segments.length) throw new Error(`${rendition.name}/index.m3u8 has no segments`);
  const size = (file: string) => fs.stat(path.join(dir, file)).then((s) => s.size);
  const sizes = await Promise.all(segments.map((s) => size(s.file)));
  const initBytes = await size(init);
  const totalDuration = segments.reduce((sum, s) => sum + s.duration, 0);
  const mediaBytes = sizes.reduce((a, b) => a + b, 0);
  // A short last segment would inflate the peak; it counts only when it is the only one.
  const measured = segments.length > 1 ? segments.slice(0, -1) : segments;
  const peak = Math.max(...measured.map((s, i) => (sizes[i]! * 8) / Math.max(s.duration, 0.001)));
  const codecs = await readInitCodecs(path.join(dir, init));
  return {
    ...rendition,
    codecs: [codecs.video, codecs.audio].filter(Boolean).join(","),
    segmentDurations: segments.map((s) => s.duration),
    peakBitrate: Math.round(peak),
    averageBitrate: Math.round((mediaBytes * 8) / Math.max(totalDuration, 0.001)),
    totalBytes: mediaBytes + initBytes,
  };
}

/**
 * Test helper: reads an asset's packaged HLS from local storage the way a player would — master
 * variants with their attributes, each variant's segment durations — and decodes every rendition
 * (init + segments) with ffprobe to prove the bytes are playable.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface HlsVariant {
  uri: string;
  attributes: Record<string, string>;
  segmentDurations: number[];
  targetDuration: number;
  decoded: { frames: number; width: number | null; height: number | null; audioPackets: number };
}

const attributesOf = (line: string) =>
  Object.fromEntries([...line.matchAll(/([A-Z-]+)=("[^"]*"|[^,]*)/g)].map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, "")]));

function decode(dir: string, playlist: string): HlsVariant["decoded"] {
  const init = /#EXT-X-MAP:URI="([^"]+)"/.exec(playlist)![1]!;
  const segments = playlist.split("\n").filter((l) => l.trim() && !l.startsWith("#"));
  const joined = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kf-hls-")), "joined.mp4");
  fs.writeFileSync(joined, Buffer.concat([init, ...segments].map((f) => fs.readFileSync(path.join(dir, f)))));
  const out = execFileSync("ffprobe", ["-v", "error", "-count_frames", "-count_packets", "-show_entries", "stream=codec_type,width,height,nb_read_frames,nb_read_packets", "-of", "json", joined]);
  fs.rmSync(path.dirname(joined), { recursive: true, force: true });
  const streams = (JSON.parse(out.toString()) as { streams: { codec_type: string; width?: number; height?: number; nb_read_frames?: string; nb_read_packets?: string }[] }).streams;
  const video = streams.find((s) => s.codec_type === "video");
  const audio = streams.find((s) => s.codec_type === "audio");
  return { frames: Number(video?.nb_read_frames ?? 0), width: video?.width ?? null, height: video?.height ?? null, audioPackets: Number(audio?.nb_read_packets ?? 0) };
}

export function readHlsOutput(hlsDir: string): { master: string; variants: HlsVariant[] } {
  const master = fs.readFileSync(path.join(hlsDir, "master.m3u8"), "utf8");
  const lines = master.split("\n");
  const variants = lines.flatMap((line, i) => {
    if (!line.startsWith("#EXT-X-STREAM-INF:")) return [];
    const uri = lines[i + 1]!.trim();
    const dir = path.join(hlsDir, path.dirname(uri));
    const playlist = fs.readFileSync(path.join(hlsDir, uri), "utf8");
    return [{
      uri,
      attributes: attributesOf(line.slice("#EXT-X-STREAM-INF:".length)),
      segmentDurations: [...playlist.matchAll(/#EXTINF:([\d.]+)/g)].map((m) => Number(m[1])),
      targetDuration: Number(/#EXT-X-TARGETDURATION:(\d+)/.exec(playlist)?.[1]),
      decoded: decode(dir, playlist),
    }];
  });
  return { master, variants };
}

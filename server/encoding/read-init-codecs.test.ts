import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFfmpegJob } from "@/server/media/ffmpeg/run-ffmpeg-job";
import { formatAvcCodec } from "./format-avc-codec";
import { readInitCodecs } from "./read-init-codecs";
import { writeMasterPlaylist } from "./write-master-playlist";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-codecs-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("CODECS strings", () => {
  it("formats avc1.PPCCLL from profile, constraint flags and level", () => {
    expect(formatAvcCodec(0x64, 0, 40)).toBe("avc1.640028");
    expect(formatAvcCodec(0x42, 0xe0, 30)).toBe("avc1.42e01e");
    expect(formatAvcCodec(0x4d, 0x40, 31)).toBe("avc1.4d401f");
  });

  it("reads the real profile/level and AAC object type from an init segment ffmpeg wrote", async () => {
    const source = path.join(dir, "src.mp4");
    await runFfmpegJob({ type: "lavfi-clip", output: source, durationSeconds: 1, width: 320, height: 180 });
    const [rendition] = await runFfmpegJob({
      type: "hls-encode",
      input: source,
      outputDir: path.join(dir, "hls"),
      segmentSeconds: 2,
      video: { preset: "veryfast", crf: 30, frameRate: 25, renditions: [{ name: "180p", width: 320, height: 180, maxrateKbps: 300 }] },
      audio: { bitrateKbps: 64 },
    });
    // High profile (0x64), no constraints, level 1.2 or so for 320x180@25: x264 picks the level.
    expect(rendition!.codecs).toMatch(/^avc1\.6400[0-9a-f]{2},mp4a\.40\.2$/);
    const init = fs.readdirSync(path.join(dir, "hls", "180p")).find((f) => f.startsWith("init"))!;
    expect(await readInitCodecs(path.join(dir, "hls", "180p", init))).toEqual({ video: rendition!.codecs.split(",")[0], audio: "mp4a.40.2" });
  });

  it("writes a master with CODECS, RESOLUTION, FRAME-RATE, BANDWIDTH and AVERAGE-BANDWIDTH, highest first", () => {
    const master = writeMasterPlaylist([
      { name: "360p", width: 640, height: 360, frameRate: 30, codecs: "avc1.64001e,mp4a.40.2", peakBitrate: 900_000, averageBitrate: 700_000 },
      { name: "720p", width: 1280, height: 720, frameRate: 30, codecs: "avc1.64001f,mp4a.40.2", peakBitrate: 3_000_000, averageBitrate: 2_400_000 },
    ]);
    expect(master).toBe(
      [
        "#EXTM3U",
        "#EXT-X-VERSION:7",
        "#EXT-X-INDEPENDENT-SEGMENTS",
        '#EXT-X-STREAM-INF:BANDWIDTH=3000000,AVERAGE-BANDWIDTH=2400000,CODECS="avc1.64001f,mp4a.40.2",RESOLUTION=1280x720,FRAME-RATE=30.000',
        "720p/index.m3u8",
        '#EXT-X-STREAM-INF:BANDWIDTH=900000,AVERAGE-BANDWIDTH=700000,CODECS="avc1.64001e,mp4a.40.2",RESOLUTION=640x360,FRAME-RATE=30.000',
        "360p/index.m3u8",
        "",
      ].join("\n"),
    );
  });
});

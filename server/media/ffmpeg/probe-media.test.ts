import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMediaFixtures, type MediaFixtures } from "@/server/media/testing/create-media-fixtures";
import { probeMedia } from "./probe-media";
import { runFfmpegJob } from "./run-ffmpeg-job";

let dir: string;
let fx: MediaFixtures;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-probe-"));
  fx = await createMediaFixtures(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("probeMedia", () => {
  it("reads an H.264/AAC MP4", async () => {
    const info = await probeMedia(fx.h264Aac);
    expect(info).toMatchObject({ container: "mp4", problem: null });
    expect(info.durationSeconds).toBeCloseTo(2, 1);
    expect(info.sizeBytes).toBe(fs.statSync(fx.h264Aac).size);
    expect(info.bitrate).toBeGreaterThan(0);
    expect(info.video).toHaveLength(1);
    expect(info.video[0]).toMatchObject({
      codec: "h264",
      pixFmt: "yuv420p",
      bitDepth: 8,
      width: 320,
      height: 240,
      displayWidth: 320,
      displayHeight: 240,
      rotation: 0,
      fps: 25,
      variableFrameRate: false,
    });
    expect(info.audio[0]).toMatchObject({ codec: "aac", channels: 2, sampleRate: 48000 });
  });

  it("reports a clip without audio as video only", async () => {
    const info = await probeMedia(fx.noAudio);
    expect(info.video).toHaveLength(1);
    expect(info.audio).toHaveLength(0);
    expect(info.problem).toBeNull();
  });

  it("keeps a portrait clip's coded size", async () => {
    const [video] = (await probeMedia(fx.portrait)).video;
    expect(video).toMatchObject({ width: 180, height: 320, displayWidth: 180, displayHeight: 320, rotation: 0 });
  });

  it("swaps the display size of a clip with 90° rotation metadata", async () => {
    const [video] = (await probeMedia(fx.rotated)).video;
    expect(video).toMatchObject({ width: 320, height: 180, displayWidth: 180, displayHeight: 320, rotation: 90 });
  });

  it("reads VP9/Opus in WebM", async () => {
    const info = await probeMedia(fx.vp9);
    expect(info.container).toBe("webm");
    expect(info.video[0]?.codec).toBe("vp9");
    expect(info.audio[0]?.codec).toBe("opus");
  });

  it("reads 10-bit HEVC made by the lavfi builder", async () => {
    const file = path.join(dir, "hevc10.mp4");
    await runFfmpegJob({ type: "lavfi-clip", output: file, videoCodec: "hevc", pixFmt: "yuv420p10le", audio: false, durationSeconds: 1, fps: 30 });
    const [video] = (await probeMedia(file)).video;
    expect(video).toMatchObject({ codec: "hevc", profile: "Main 10", pixFmt: "yuv420p10le", bitDepth: 10, fps: 30 });
  });

  it("reads an audio-only file", async () => {
    const info = await probeMedia(fx.audioOnly);
    expect(info.video).toHaveLength(0);
    expect(info.audio[0]).toMatchObject({ codec: "aac", sampleRate: 48000 });
    expect(info.problem).toBeNull();
  });

  it("explains a truncated MP4 in plain words instead of throwing", async () => {
    const info = await probeMedia(fx.corrupt);
    expect(info.video).toHaveLength(0);
    expect(info.problem).toMatch(/incomplete or corrupt/);
    expect(info.problem).not.toContain(dir); // no internal paths
  });

  it("explains that a text file is not media", async () => {
    const info = await probeMedia(fx.notMedia);
    expect(info.problem).toMatch(/not a video or audio format/);
    expect(info.problem).toContain("not-media.txt");
    expect(info.problem).not.toContain(dir);
  });
});

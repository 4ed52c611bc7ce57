import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMediaFixtures, type MediaFixtures } from "@/server/media/testing/create-media-fixtures";
import { FfmpegError } from "./ffmpeg-error";
import { probeMedia } from "./probe-media";
import { runFfmpegJob } from "./run-ffmpeg-job";

let dir: string;
let fx: MediaFixtures;
const out = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-ffjob-"));
  fx = await createMediaFixtures(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Decodes an image to raw RGB: proves the file holds a real frame of exactly that size.
function decodedBytes(file: string): number {
  return execFileSync("ffmpeg", ["-v", "error", "-i", file, "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]).length;
}

describe("runFfmpegJob", () => {
  it("transcodes to H.264/AAC with monotonic progress that reaches 100", async () => {
    const source = out("source.webm");
    await runFfmpegJob({ type: "lavfi-clip", output: source, videoCodec: "vp9", durationSeconds: 4, width: 640, height: 360 });
    const progress: number[] = [];
    const info = await runFfmpegJob(
      { type: "transcode", input: source, output: out("t.mp4"), preset: "slow", width: 320 },
      { onProgress: (p) => progress.push(p) },
    );
    expect(info.video[0]).toMatchObject({ codec: "h264", width: 320, height: 180 });
    expect(info.durationSeconds).toBeCloseTo(4, 0);
    expect(progress.some((p) => p > 0 && p < 100)).toBe(true);
    expect(info.audio[0]?.codec).toBe("aac");
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress).size).toBe(progress.length);
  });

  it("bakes rotation into a transcode so players need no metadata", async () => {
    const info = await runFfmpegJob({ type: "transcode", input: fx.rotated, output: out("r.mp4"), preset: "ultrafast" });
    expect(info.video[0]).toMatchObject({ width: 180, height: 320, rotation: 0 });
  });

  it.each(["jpg", "png", "webp"] as const)("writes a %s thumbnail that decodes at the requested size", async (ext) => {
    const file = out(`thumb.${ext}`);
    const result = await runFfmpegJob({ type: "thumbnail", input: fx.h264Aac, output: file, atSeconds: 1, width: 160, height: 90 });
    expect(result).toMatchObject({ width: 160, height: 90, format: ext });
    expect(decodedBytes(file)).toBe(160 * 90 * 3);
  });

  it("thumbnails a rotated clip upright", async () => {
    const result = await runFfmpegJob({ type: "thumbnail", input: fx.rotated, output: out("rot.jpg"), width: 90 });
    expect(result).toMatchObject({ width: 90, height: 160 });
  });

  it("fails a thumbnail past the end with a readable message", async () => {
    const job = runFfmpegJob({ type: "thumbnail", input: fx.h264Aac, output: out("late.jpg"), atSeconds: 30 });
    await expect(job).rejects.toThrow(/No frame at 30s/);
  });

  it("throws an FfmpegError with the command line and stderr tail for a corrupt input", async () => {
    const error = await runFfmpegJob({ type: "thumbnail", input: fx.corrupt, output: out("c.jpg") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FfmpegError);
    const failure = error as FfmpegError;
    expect(failure.kind).toBe("bad_input");
    expect(failure.message).toMatch(/incomplete or corrupt/);
    expect(failure.command).toMatch(/^ffmpeg .*-frames:v 1/);
    expect(failure.command).toContain(fx.corrupt);
    expect(failure.stderrTail).toContain("moov atom not found");
    expect(failure.stderrTail.split("\n").length).toBeLessThanOrEqual(20);
    expect(failure.detail).toContain(failure.command);
  });

  it("classifies a missing input as a plain failure, not bad media", async () => {
    const error = await runFfmpegJob({ type: "thumbnail", input: out("missing.mp4"), output: out("m.jpg") }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "FfmpegError", kind: "failed" });
    expect((error as FfmpegError).message).toMatch(/missing\.mp4: No such file or directory/);
  });

  it("stops ffmpeg when the signal aborts", async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 300);
    const job = runFfmpegJob(
      { type: "lavfi-clip", output: out("long.mp4"), durationSeconds: 30, realtime: true },
      { signal: controller.signal },
    );
    await expect(job).rejects.toMatchObject({ kind: "cancelled" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("rejects an invalid job before running anything", async () => {
    await expect(runFfmpegJob({ type: "transcode", input: fx.h264Aac, output: out("x.avi") })).rejects.toThrow(/\.mp4/);
  });

  it("makes an audio-only clip when asked for no video", async () => {
    const info = await probeMedia(fx.audioOnly);
    expect(info).toMatchObject({ container: "m4a", video: [] });
  });
});

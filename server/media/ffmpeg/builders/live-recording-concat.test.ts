import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectFlvRecording } from "@/server/live/recording/inspect-flv-recording";
import { makeTestFlv } from "@/server/live/simulcast/testing/make-test-flv";
import { probeVideoFrames } from "@/server/live/simulcast/testing/start-rtmp-receiver";
import { probeMedia } from "../probe-media";
import { runFfmpegJob } from "../run-ffmpeg-job";

describe("live-recording-concat", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-live-concat-"));
    await Promise.all([
      makeTestFlv(file("first.flv"), { seconds: 2 }),
      // The same encoder reconnecting: timestamps carry on from where its clock was (5 s).
      makeTestFlv(file("second.flv"), { seconds: 2, startSeconds: 5 }),
      makeTestFlv(file("bigger.flv"), { seconds: 2, width: 1920, height: 1080 }),
      makeTestFlv(file("silent.flv"), { seconds: 2, audio: false }),
    ]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads what it needs from a recording's first and last tags", () => {
    expect(inspectFlvRecording(file("second.flv"))).toMatchObject({ hasVideo: true, hasAudio: true, width: 320, height: 240 });
    expect(inspectFlvRecording(file("second.flv"))!.durationSeconds).toBeCloseTo(2, 1);
    // 1080p is coded as 1088 lines with 8 cropped.
    expect(inspectFlvRecording(file("bigger.flv"))).toMatchObject({ width: 1920, height: 1080 });
    expect(inspectFlvRecording(file("silent.flv"))).toMatchObject({ hasAudio: false, audioConfig: null });
    fs.writeFileSync(file("not-flv.flv"), "hello");
    expect(inspectFlvRecording(file("not-flv.flv"))).toBeNull();
  });

  it("copies two recordings of one encoder into one continuous ~4 s MP4", async () => {
    const output = file("copied");
    const result = await runFfmpegJob({ type: "live-recording-concat", inputs: [file("first.flv"), file("second.flv")], output });
    expect(result).toMatchObject({ recordings: 2, reencoded: false });
    expect(result.durationSeconds).toBeGreaterThan(3.9);
    expect(result.durationSeconds).toBeLessThan(4.2);
    const info = await probeMedia(output);
    expect(info).toMatchObject({ container: "mp4", video: [{ codec: "h264", width: 320, height: 240 }], audio: [{ codec: "aac" }] });
    expect(await probeVideoFrames(output)).toMatchObject({ frames: 100 });
  });

  it("re-encodes when a reconnect changed the stream: another size, no audio", async () => {
    const output = file("reencoded");
    const result = await runFfmpegJob({ type: "live-recording-concat", inputs: [file("first.flv"), file("bigger.flv"), file("silent.flv"), file("not-flv.flv")], output });
    expect(result).toMatchObject({ recordings: 3, reencoded: true });
    expect(result.durationSeconds).toBeGreaterThan(5.8);
    expect(result.durationSeconds).toBeLessThan(6.3);
    const info = await probeMedia(output);
    expect(info).toMatchObject({ video: [{ codec: "h264", width: 320, height: 240 }], audio: [{ codec: "aac", channels: 2 }] });
    expect(info.audio[0]!.durationSeconds).toBeGreaterThan(5.8);
    expect((await probeVideoFrames(output)).frames).toBeGreaterThanOrEqual(148);
  });

  it("fails with a plain reason when no recording holds media", async () => {
    await expect(runFfmpegJob({ type: "live-recording-concat", inputs: [file("not-flv.flv")], output: file("none") })).rejects.toThrow(
      "none of the live stream's recordings holds any media",
    );
  });
});

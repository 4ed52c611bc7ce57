import { describe, expect, it } from "vitest";
import type { InputAnalysis } from "@/server/media/ffmpeg/builders/analyze";
import { classifyInput } from "./classify-input";
import { planRemuxSegments, simulateSegments } from "./plan-remux-segments";

const analysis = (video: Record<string, unknown> = {}, extra: Partial<InputAnalysis> = {}): InputAnalysis => ({
  info: {
    container: "mp4", formatName: "mov,mp4", durationSeconds: 12, sizeBytes: 1, bitrate: null,
    video: [{ index: 0, codec: "h264", profile: "High", pixFmt: "yuv420p", bitDepth: 8, width: 1920, height: 1080, displayWidth: 1920, displayHeight: 1080, rotation: 0, fps: 30, variableFrameRate: false, durationSeconds: 12, bitrate: 6e6, ...video }],
    audio: [{ index: 1, codec: "aac", profile: "LC", channels: 2, channelLayout: "stereo", sampleRate: 48000, durationSeconds: 12, bitrate: 128000 }],
    problem: null,
  },
  videoLevel: 40, keyframeTimes: [0, 2, 4, 6, 8, 10], dataEndSeconds: 12, truncatedAtPercent: null, videoBitrate: 6e6,
  ...extra,
});

describe("classifyInput", () => {
  it("takes H.264 8-bit 4:2:0 1080p with AAC and 2 s keyframes as standard, in 4 s segments", () => {
    expect(classifyInput(analysis())).toEqual({ standard: true, segmentSeconds: 4, reasons: [] });
  });

  it.each([
    [{ codec: "hevc" }, /video codec hevc/],
    [{ pixFmt: "yuv420p10le", bitDepth: 10 }, /pixel format/],
    [{ rotation: 90, displayWidth: 1080, displayHeight: 1920 }, /rotated/],
    [{ width: 3840, height: 2160, displayWidth: 3840, displayHeight: 2160 }, /larger than 1080p/],
    [{ variableFrameRate: true }, /variable frame rate/],
  ])("re-encodes %o", (video, reason) => {
    const verdict = classifyInput(analysis(video));
    expect(verdict.standard).toBe(false);
    expect(verdict.reasons.join("; ")).toMatch(reason);
  });

  it("re-encodes sparse keyframes and streams that are too heavy", () => {
    expect(classifyInput(analysis({}, { keyframeTimes: [0, 10] })).reasons).toContain("keyframes too far apart for 2–4 s segments");
    expect(classifyInput(analysis({}, { videoBitrate: 60e6 })).reasons.join()).toMatch(/too high to stream/);
  });

  it("plans segments the way ffmpeg's HLS muxer cuts them", () => {
    // Checked against ffmpeg 5.1: a 3 s GOP with hls_time 4 gives 6, 3, 3 (targets are cumulative).
    expect(simulateSegments([0, 3, 6, 9], 12, 4)).toEqual([6, 3, 3]);
    expect(simulateSegments([0, 3, 6, 9], 12, 2)).toEqual([3, 3, 3, 3]);
    expect(planRemuxSegments([0, 3, 6, 9], 12)).toBe(2);
    expect(planRemuxSegments([0, 1, 2, 3, 4, 5, 6, 7, 8], 9)).toBe(4);
  });
});

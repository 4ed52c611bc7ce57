import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseAvcSequenceHeader } from "./parse-avc-sequence-header";
import { readFlv } from "./testing/read-flv";

// One H.264 frame from x264 as FLV; the sequence header tag's body after its 5-byte prefix.
const avcRecord = (size: string, profile: string) => {
  const flv = execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", `testsrc2=size=${size}:rate=25`, "-frames:v", "1", "-c:v", "libx264", "-profile:v", profile, "-pix_fmt", profile === "high444" ? "yuv444p" : "yuv420p", "-f", "flv", "-"]);
  const header = readFlv(flv).tags.find((t) => t.info.media === "video" && t.info.sequenceHeader)!;
  return header.data.subarray(5);
};

describe("parseAvcSequenceHeader", () => {
  it.each([
    ["320x240", "baseline"],
    ["642x362", "high"],
    ["1920x1080", "main"],
    ["854x480", "high444"],
  ])("reads %s from a %s-profile SPS", (size, profile) => {
    const [width, height] = size.split("x").map(Number);
    expect(parseAvcSequenceHeader(avcRecord(size, profile))).toMatchObject({ width, height });
  });

  it("gives null for data that is not a decoder configuration record", () => {
    expect(parseAvcSequenceHeader(Buffer.from([0, 1, 2, 3]))).toBeNull();
    expect(parseAvcSequenceHeader(avcRecord("320x240", "baseline").subarray(0, 12))).toBeNull();
  });
});

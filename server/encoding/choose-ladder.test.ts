import { describe, expect, it } from "vitest";
import { chooseLadder } from "./choose-ladder";

const names = (l: ReturnType<typeof chooseLadder>) => l.renditions.map((r) => `${r.name}:${r.width}x${r.height}`);

describe("chooseLadder", () => {
  it("gives a 1080p source at least three rungs, top first, never above the source", () => {
    const ladder = chooseLadder({ width: 1920, height: 1080, frameRate: 30, videoQuality: "plus", complexity: null });
    expect(names(ladder)).toEqual(["1080p:1920x1080", "720p:1280x720", "480p:852x480", "360p:640x360"]);
    expect(ladder.preset).toBe("veryfast");
  });

  it("changes preset, rung count and rates with video_quality", () => {
    const of = (videoQuality: "basic" | "plus" | "premium") => chooseLadder({ width: 1920, height: 1080, frameRate: 30, videoQuality, complexity: null });
    expect(of("basic").renditions).toHaveLength(3);
    expect(of("premium").renditions).toHaveLength(5);
    expect([of("basic").preset, of("premium").preset]).toEqual(["superfast", "faster"]);
    expect(of("basic").renditions[0]!.maxrateKbps).toBeLessThan(of("plus").renditions[0]!.maxrateKbps);
    expect(of("premium").renditions[0]!.maxrateKbps).toBeGreaterThan(of("plus").renditions[0]!.maxrateKbps);
  });

  it("never upscales and even-izes odd sizes downwards", () => {
    expect(names(chooseLadder({ width: 321, height: 181, frameRate: 25, videoQuality: "plus", complexity: null }))).toEqual(["181p:320x180", "144p:254x144"]);
  });

  it("keeps portrait video portrait, rungs by the short side", () => {
    expect(names(chooseLadder({ width: 1080, height: 1920, frameRate: 30, videoQuality: "basic", complexity: null }))).toEqual([
      "1080p:1080x1920",
      "720p:720x1280",
      "480p:480x852",
    ]);
  });

  it("caps 4K to 1080p on top and the frame rate to 60", () => {
    const ladder = chooseLadder({ width: 3840, height: 2160, frameRate: 120, videoQuality: "plus", complexity: null });
    expect(ladder.renditions[0]).toMatchObject({ name: "1080p", width: 1920, height: 1080 });
    expect(ladder.frameRate).toBe(60);
  });

  it("scales rates per title: simple content gets less than complex content, within the ceiling", () => {
    const at = (bitsPerPixel: number) =>
      chooseLadder({ width: 1920, height: 1080, frameRate: 30, videoQuality: "plus", complexity: { bitsPerPixel, width: 640, height: 360 } }).renditions[0]!.maxrateKbps;
    expect(at(0.01)).toBeLessThan(at(0.05));
    expect(at(1)).toBe(6000);
    expect(at(0.0001)).toBe(1500);
  });
});

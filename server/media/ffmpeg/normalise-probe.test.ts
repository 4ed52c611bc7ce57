import { describe, expect, it } from "vitest";
import { normaliseProbe } from "./normalise-probe";

const video = (extra: Record<string, unknown>) => ({
  index: 0,
  codec_type: "video",
  codec_name: "hevc",
  width: 1920,
  height: 1080,
  pix_fmt: "yuv420p10le",
  r_frame_rate: "30/1",
  avg_frame_rate: "30/1",
  ...extra,
});

describe("normaliseProbe", () => {
  it("derives bit depth from the pixel format", () => {
    expect(normaliseProbe({ streams: [video({})] }).video[0]?.bitDepth).toBe(10);
  });

  it("flags variable frame rate when the average differs from the base rate", () => {
    const info = normaliseProbe({ streams: [video({ r_frame_rate: "60/1", avg_frame_rate: "2997/100" })] });
    expect(info.video[0]).toMatchObject({ fps: 29.97, variableFrameRate: true });
  });

  it("normalises negative rotation and the legacy rotate tag", () => {
    const matrix = normaliseProbe({ streams: [video({ side_data_list: [{ rotation: -90 }] })] }).video[0];
    expect(matrix).toMatchObject({ rotation: 270, displayWidth: 1080, displayHeight: 1920 });
    const tag = normaliseProbe({ streams: [video({ tags: { rotate: "180" } })] }).video[0];
    expect(tag).toMatchObject({ rotation: 180, displayWidth: 1920, displayHeight: 1080 });
  });

  it("applies non-square pixels to the display width", () => {
    const info = normaliseProbe({ streams: [video({ width: 720, height: 576, sample_aspect_ratio: "16:15" })] });
    expect(info.video[0]).toMatchObject({ displayWidth: 768, displayHeight: 576 });
  });

  it("ignores cover art and says so when nothing playable is left", () => {
    const info = normaliseProbe({
      streams: [video({ codec_name: "mjpeg", disposition: { attached_pic: 1 } })],
      format: { format_name: "mp3" },
    });
    expect(info.video).toHaveLength(0);
    expect(info.problem).toBe("The file contains no audio or video streams.");
  });
});

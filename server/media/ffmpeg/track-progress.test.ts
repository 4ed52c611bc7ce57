import { describe, expect, it } from "vitest";
import { trackProgress } from "./track-progress";

describe("trackProgress", () => {
  it("turns out_time_us into a monotonic percent, across split chunks, ending at 100", () => {
    const seen: number[] = [];
    const feed = trackProgress(4, (p) => seen.push(p));
    feed("out_time_us=N/A\nprogress=continue\nout_time_us=1000");
    feed("000\nprogress=continue\nout_time_us=500000\nout_time_us=3000000\n");
    feed("progress=end\n");
    expect(seen).toEqual([25, 75, 100]);
  });

  it("reports only the end when the duration is unknown", () => {
    const seen: number[] = [];
    const feed = trackProgress(undefined, (p) => seen.push(p));
    feed("out_time_us=1000000\nprogress=end\n");
    expect(seen).toEqual([100]);
  });
});

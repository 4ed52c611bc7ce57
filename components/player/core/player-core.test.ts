import { describe, expect, it } from "vitest";
import { formatTime } from "./format-time";
import { mapPlayerKey } from "./map-player-key";
import { findStoryboardTile, parseStoryboardVtt } from "./parse-storyboard-vtt";
import { resolvePlayerUrls } from "./resolve-player-urls";

describe("mapPlayerKey", () => {
  it("maps the shortcuts and ignores modified keys", () => {
    expect(mapPlayerKey({ key: " " })).toEqual({ type: "toggle-play" });
    expect(mapPlayerKey({ key: "K" })).toEqual({ type: "toggle-play" });
    expect(mapPlayerKey({ key: "j" })).toEqual({ type: "seek-by", seconds: -10 });
    expect(mapPlayerKey({ key: "l" })).toEqual({ type: "seek-by", seconds: 10 });
    expect(mapPlayerKey({ key: "ArrowLeft" })).toEqual({ type: "seek-by", seconds: -5 });
    expect(mapPlayerKey({ key: "ArrowUp" })).toEqual({ type: "volume-by", delta: 0.1 });
    expect(mapPlayerKey({ key: "f" })).toEqual({ type: "toggle-fullscreen" });
    expect(mapPlayerKey({ key: "m" })).toEqual({ type: "toggle-mute" });
    expect(mapPlayerKey({ key: "c" })).toEqual({ type: "toggle-captions" });
    expect(mapPlayerKey({ key: "7" })).toEqual({ type: "seek-percent", percent: 70 });
    expect(mapPlayerKey({ key: "f", ctrlKey: true })).toBeNull();
    expect(mapPlayerKey({ key: "x" })).toBeNull();
  });
});

describe("parseStoryboardVtt", () => {
  // The shape server/delivery/serve-storyboard.ts serves.
  const vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n/image/pid/storyboard.jpg?token=a.b.c#xywh=0,0,256,144\n\n00:00:02.000 --> 00:00:04.500\n/image/pid/storyboard.jpg?token=a.b.c#xywh=256,0,256,144\n";

  it("resolves sprite URLs against the VTT URL and finds the tile for a time", () => {
    const tiles = parseStoryboardVtt(vtt, "https://cdn.test/image/pid/storyboard.vtt");
    expect(tiles).toEqual([
      { start: 0, end: 2, url: "https://cdn.test/image/pid/storyboard.jpg?token=a.b.c", x: 0, y: 0, width: 256, height: 144 },
      { start: 2, end: 4.5, url: "https://cdn.test/image/pid/storyboard.jpg?token=a.b.c", x: 256, y: 0, width: 256, height: 144 },
    ]);
    expect(findStoryboardTile(tiles, 3)?.x).toBe(256);
    expect(findStoryboardTile(tiles, 1.99)?.x).toBe(0);
    expect(findStoryboardTile(tiles, 9)?.x).toBe(256); // past the end: the last tile
    expect(parseStoryboardVtt("WEBVTT\n\nnot a cue", "https://x.test/")).toEqual([]);
  });
});

describe("resolvePlayerUrls", () => {
  it("gives a public playback ID its stream, poster and storyboard", () => {
    expect(resolvePlayerUrls({ playbackId: "abc" })).toEqual({ stream: "/stream/abc.m3u8", poster: "/image/abc/thumbnail.jpg", storyboard: "/image/abc/storyboard.vtt" });
    expect(resolvePlayerUrls({ playbackId: "abc", streamBaseUrl: "https://s.test/", imageBaseUrl: "https://i.test" }).stream).toBe("https://s.test/stream/abc.m3u8");
  });

  it("uses per-audience tokens for a signed playback ID and no images without them", () => {
    expect(resolvePlayerUrls({ playbackId: "abc", token: "v.t.k" })).toEqual({ stream: "/stream/abc.m3u8?token=v.t.k", poster: null, storyboard: null });
    expect(resolvePlayerUrls({ playbackId: "abc", token: "v", thumbnailToken: "t", storyboardToken: "s" })).toEqual({ stream: "/stream/abc.m3u8?token=v", poster: "/image/abc/thumbnail.jpg?token=t", storyboard: "/image/abc/storyboard.vtt?token=s" });
    expect(resolvePlayerUrls({ src: "/stream/abc.m3u8?token=x", playbackId: "abc" }).poster).toBeNull();
  });
});

describe("formatTime", () => {
  it("formats clock times", () => {
    expect([formatTime(0), formatTime(75.4), formatTime(3725), formatTime(Number.NaN)]).toEqual(["0:00", "1:15", "1:02:05", "--:--"]);
  });
});

import type Hls from "hls.js";
import { describe, expect, it } from "vitest";
import { formatLatency, formatLiveOffset, formatTime } from "./format-time";
import { fractionOf, getSeekRange, timeAtFraction } from "./get-seek-range";
import { mapPlayerKey } from "./map-player-key";
import { findStoryboardTile, parseStoryboardVtt } from "./parse-storyboard-vtt";
import { readLiveLatency } from "./read-live-latency";
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

describe("live timeline", () => {
  const ranges = (pairs: [number, number][]) => ({ length: pairs.length, start: (i: number) => pairs[i]?.[0] ?? 0, end: (i: number) => pairs[i]?.[1] ?? 0 }) as TimeRanges;
  const video = (v: { duration: number; currentTime?: number; seekable?: [number, number][] }) =>
    ({ currentTime: v.currentTime ?? 0, duration: v.duration, seekable: ranges(v.seekable ?? []) }) as HTMLVideoElement;
  // The hls.js fields the live UI reads: the latest playlist and the positions derived from it.
  const hls = (h: { live: boolean; liveSyncPosition?: number | null; fragmentStart?: number; playingDate?: Date | null; latency?: number }) =>
    ({ latestLevelDetails: { live: h.live, fragmentStart: h.fragmentStart ?? 0, targetduration: 2 }, liveSyncPosition: h.liveSyncPosition ?? null, playingDate: h.playingDate ?? null, latency: h.latency ?? 0 }) as unknown as Hls;

  it("spans 0…duration for VOD and the DVR window up to the live position for live", () => {
    expect(getSeekRange({ video: video({ duration: 30 }), hls: null })).toEqual({ start: 0, end: 30, live: false });
    expect(getSeekRange({ video: video({ duration: Number.NaN }), hls: null })).toBeNull();
    // hls.js with liveDurationInfinity: seekable is the window, the live sync position is the right end.
    const live = getSeekRange({ video: video({ duration: Infinity, seekable: [[40, 100]] }), hls: hls({ live: true, liveSyncPosition: 98.9 }) });
    expect(live).toEqual({ start: 40, end: 98.9, live: true });
    expect(fractionOf(live!, 40)).toBe(0);
    expect(fractionOf(live!, 120)).toBe(1);
    expect(timeAtFraction(live!, 0.5)).toBeCloseTo(69.45);
    // Native HLS (Safari): duration Infinity and the seekable range.
    expect(getSeekRange({ video: video({ duration: Infinity, seekable: [[0, 12]] }), hls: null })).toEqual({ start: 0, end: 12, live: true });
    // The playlist ended (EXT-X-ENDLIST): VOD again.
    expect(getSeekRange({ video: video({ duration: 64, seekable: [[0, 64]] }), hls: hls({ live: false }) })?.live).toBe(false);
  });

  it("reads latency from the program date time at the playhead, else hls.js's live-edge distance", () => {
    const now = Date.parse("2026-01-01T00:00:10.000Z");
    expect(readLiveLatency({ video: video({ duration: Infinity }), hls: hls({ live: true, playingDate: new Date(now - 1840) }) }, now)).toBeCloseTo(1.84);
    expect(readLiveLatency({ video: video({ duration: Infinity }), hls: hls({ live: true, latency: 3.5 }) }, now)).toBe(3.5);
    expect(readLiveLatency({ video: video({ duration: Infinity }), hls: hls({ live: true }) }, now)).toBeNull();
    expect(readLiveLatency({ video: video({ duration: Infinity, currentTime: 8, seekable: [[0, 10]] }), hls: null }, now)).toBe(2);
  });

  it("formats the DVR offset and the latency", () => {
    expect([formatLiveOffset(12.4), formatLiveOffset(0), formatLiveOffset(-1), formatLiveOffset(3725)]).toEqual(["-0:12", "-0:00", "-0:00", "-1:02:05"]);
    expect([formatLatency(1.84), formatLatency(0.04), formatLatency(42.3)]).toEqual(["1.8 s", "0.0 s", "42 s"]);
    expect(mapPlayerKey({ key: "End" })).toEqual({ type: "seek-percent", percent: 100 });
  });
});

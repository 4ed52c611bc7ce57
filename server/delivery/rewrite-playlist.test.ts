import { describe, expect, it } from "vitest";
import { parseRangeHeader } from "./parse-range-header";
import { rewritePlaylist } from "./rewrite-playlist";

describe("rewritePlaylist", () => {
  const master = ['#EXTM3U', '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",URI="audio/index.m3u8"', "#EXT-X-STREAM-INF:BANDWIDTH=1", "720p/index.m3u8", "https://cdn.test/x.m3u8", ""].join("\n");

  it("prefixes relative URIs and appends the query, leaving absolute ones alone", () => {
    const out = rewritePlaylist(master, { prefix: "/stream/p1/", query: "session=abc" }).split("\n");
    expect(out[1]).toBe('#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",URI="/stream/p1/audio/index.m3u8?session=abc"');
    expect(out[3]).toBe("/stream/p1/720p/index.m3u8?session=abc");
    expect(out[4]).toBe("https://cdn.test/x.m3u8");
  });
});

describe("parseRangeHeader", () => {
  it("reads a-b, a- and -n, and refuses ranges past the end", () => {
    expect(parseRangeHeader("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRangeHeader("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRangeHeader("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRangeHeader("bytes=50-500", 100)).toEqual({ start: 50, end: 99 });
    expect(parseRangeHeader("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRangeHeader("bytes=5-2", 100)).toBe("unsatisfiable");
    expect(parseRangeHeader(null, 100)).toBeNull();
  });
});

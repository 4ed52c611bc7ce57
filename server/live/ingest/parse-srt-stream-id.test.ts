import { describe, expect, it } from "vitest";
import { parseSrtStreamId } from "./parse-srt-stream-id";

describe("parseSrtStreamId", () => {
  it.each([
    ["plain-key", "plain-key"],
    ["#!::r=mux-key,m=publish", "mux-key"],
    ["#!::m=publish,r=mux-key", "mux-key"],
    ["#!::r=only-resource", "only-resource"],
    ["%23!::r=encoded-key,m=publish", "encoded-key"],
  ])("reads the stream key from %s", (streamId, streamKey) => {
    expect(parseSrtStreamId(streamId)).toEqual({ streamKey });
  });

  it.each([
    [null, /No streamid/],
    ["  ", /No streamid/],
    ["#!::r=key,m=request", /m=publish/],
    ["#!::m=publish", /no r=/],
  ])("explains what is wrong with %s", (streamId, message) => {
    const result = parseSrtStreamId(streamId);
    expect("error" in result && result.error).toMatch(message);
  });
});

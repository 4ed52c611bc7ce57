import { describe, expect, it } from "vitest";
import { embedMessageFor } from "./embed-message-for";
import { parseEmbedParams } from "./parse-embed-params";

describe("parseEmbedParams", () => {
  it("reads the embed query: flags, start, colour and tokens", () => {
    expect(parseEmbedParams({ token: "a.b.c", autoplay: "", muted: "1", loop: "false", start: "12.5", primary_color: "ff0066" })).toEqual({
      token: "a.b.c", thumbnailToken: undefined, storyboardToken: undefined, autoplay: true, muted: true, loop: false, startTime: 12.5, primaryColor: "ff0066",
    });
  });

  it("drops values that are not what they claim (CSS injection in the colour, a negative start)", () => {
    const p = parseEmbedParams({ primary_color: "red;background:url(x)", start: "-3", autoplay: ["1", "0"] });
    expect(p.primaryColor).toBeUndefined();
    expect(p.startTime).toBeUndefined();
    expect(p.autoplay).toBe(true);
  });
});

describe("embedMessageFor", () => {
  it("tells the viewer what to do about a refused token", () => {
    expect(embedMessageFor("A signed playback token is required")).toMatch(/needs a valid playback token/);
    expect(embedMessageFor("Playback token expired")).toMatch(/expired/);
    expect(embedMessageFor("Referrer not allowed")).toBe("Playback of this video is not allowed here.");
  });
});

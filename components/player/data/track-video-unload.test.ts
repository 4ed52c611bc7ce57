import { afterEach, describe, expect, it, vi } from "vitest";
import type { BeaconBatch } from "@/server/analytics/beacon-schema";
import { FakeVideo } from "./fake-video";
import { trackVideo } from "./track-video";


afterEach(() => vi.unstubAllGlobals());

describe("trackVideo on page hide", () => {
  it("ends the view and sends what is left with navigator.sendBeacon (text/plain JSON), not fetch", async () => {
    // The browser globals the unload path uses: window/document events, sendBeacon, fetch.
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: "visible" });
    const beacons: { url: string; body: Blob }[] = [];
    const fetches: string[] = [];
    vi.stubGlobal("window", win);
    vi.stubGlobal("document", doc);
    vi.stubGlobal("navigator", { sendBeacon: (url: string, body: Blob) => (beacons.push({ url, body }), true) });
    vi.stubGlobal("fetch", async (url: string) => (fetches.push(url), new Response(null, { status: 202 })));

    const video = new FakeVideo();
    const tracker = trackVideo(video, { beaconUrl: "https://data.test/data/v1/beacons", dimensions: { playback_id: "abc123" } });
    video.dispatchEvent(new Event("play")); // viewstart is urgent: goes by fetch while the page is visible
    video.currentTime = 4;
    video.dispatchEvent(new Event("pause")); // play and pause wait for the batch timer
    expect(fetches).toHaveLength(1);

    win.dispatchEvent(new Event("pagehide"));
    const sent = await Promise.all(beacons.map(async (b) => ({ url: b.url, type: b.body.type, batch: JSON.parse(await b.body.text()) as BeaconBatch })));
    expect(fetches).toHaveLength(1);
    expect(sent.map((s) => s.url)).toEqual(["https://data.test/data/v1/beacons"]);
    expect(sent[0]!.type).toBe("text/plain;charset=utf-8");
    expect(sent[0]!.batch.events.map((e) => [e.type, e.playhead_ms])).toEqual([["play", 0], ["pause", 4000], ["viewend", 4000]]);
    tracker.destroy();
  });
});

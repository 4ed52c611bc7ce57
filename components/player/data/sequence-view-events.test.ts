import { describe, expect, it } from "vitest";
import type { BeaconEvent } from "@/server/analytics/beacon-schema";
import { beaconBatchSchema } from "@/server/analytics/beacon-schema";
import { createViewSequencer, type MediaSignal } from "./sequence-view-events";

function setup() {
  const events: BeaconEvent[] = [];
  let ids = 0;
  let clock = 1_700_000_000_000;
  const seq = createViewSequencer({ newViewId: () => `view-000${++ids}`, now: () => (clock += 10), emit: (e) => events.push(e), dimensions: () => ({ playback_id: "abc123" }) });
  const feed = (...steps: [MediaSignal["type"], number][]) => steps.forEach(([type, t]) => seq.handle({ type } as MediaSignal, t));
  return { seq, events, feed, types: () => events.map((e) => e.type) };
}

describe("createViewSequencer", () => {
  it("opens a view on the first play, numbers events per view and emits schema-valid beacons", () => {
    const { seq, events, feed, types } = setup();
    seq.playerReady({ player_init_time_ms: 12 });
    seq.handle({ type: "rendition", bitrate: 800_000.4, width: 640, height: 360 }, 0);
    feed(["play", 0], ["playing", 0], ["pause", 3.5]);
    expect(types()).toEqual(["playerready", "viewstart", "renditionchange", "play", "playing", "pause"]);
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(events.map((e) => e.view_id))).toEqual(new Set(["view-0001"]));
    expect(events[0]!.dimensions).toEqual({ playback_id: "abc123", player_init_time_ms: 12 });
    expect(events[1]!.dimensions).toEqual({ playback_id: "abc123" });
    expect(events[2]).toMatchObject({ bitrate: 800_000, rendition_width: 640, rendition_height: 360 });
    expect(events[5]!.playhead_ms).toBe(3500);
    expect(beaconBatchSchema.safeParse({ events }).success).toBe(true);
  });

  it("counts a waiting after playback started as one rebuffer, ended by playing or by the playhead moving", () => {
    const { feed, types } = setup();
    feed(["play", 0], ["waiting", 0], ["playing", 0]); // startup wait: not a rebuffer
    feed(["waiting", 2], ["waiting", 2], ["timeupdate", 2], ["playing", 2]);
    feed(["waiting", 4], ["timeupdate", 4.2], ["playing", 4.2]);
    expect(types().filter((t) => t.startsWith("rebuffer"))).toEqual(["rebufferstart", "rebufferend", "rebufferstart", "rebufferend"]);
    expect(types().slice(2)).toEqual(["playing", "rebufferstart", "rebufferend", "playing", "rebufferstart", "rebufferend", "playing"]);
  });

  it("does not count the wait of a seek as a rebuffer and sends one seeking per seek series", () => {
    const { feed, types } = setup();
    feed(["play", 0], ["playing", 0], ["seeking", 1], ["waiting", 6], ["seeking", 7], ["seeked", 7], ["playing", 7]);
    expect(types()).toEqual(["viewstart", "play", "playing", "seeking", "seeked", "playing"]);
  });

  it("does not treat a waiting while paused as a rebuffer, and closes an open rebuffer on pause and seek", () => {
    const { feed, types } = setup();
    feed(["play", 0], ["playing", 0], ["pause", 1], ["waiting", 1]);
    expect(types()).not.toContain("rebufferstart");
    feed(["play", 1], ["playing", 1], ["waiting", 2], ["seeking", 2], ["seeked", 5]);
    expect(types().slice(-4)).toEqual(["rebufferstart", "rebufferend", "seeking", "seeked"]);
  });

  it("reports an error before any play as a started view with the error code", () => {
    const { seq, events, types } = setup();
    seq.handle({ type: "error", code: "manifestLoadError:500", message: "networkError – HTTP 500" }, 0);
    expect(types()).toEqual(["viewstart", "error"]);
    expect(events[1]).toMatchObject({ error_code: "manifestLoadError:500", error_message: "networkError – HTTP 500" });
  });

  it("ends a view once, then starts a new view with a fresh id and sequence on the next play", () => {
    const { seq, events, feed, types } = setup();
    expect(seq.end(0)).toBe(false); // nothing to end before a view started
    feed(["play", 0], ["playing", 0], ["waiting", 3], ["ended", 4]);
    expect(seq.end(4)).toBe(true);
    expect(types()).toEqual(["viewstart", "play", "playing", "rebufferstart", "rebufferend", "ended", "viewend"]);
    feed(["play", 0], ["playing", 0]);
    const second = events.slice(7);
    expect(second.map((e) => [e.type, e.seq, e.view_id])).toEqual([["viewstart", 0, "view-0002"], ["play", 1, "view-0002"], ["playing", 2, "view-0002"]]);
  });

  it("replaying after ended closes the old view first", () => {
    const { feed, types, events } = setup();
    feed(["play", 0], ["playing", 0], ["ended", 4], ["play", 0]);
    expect(types()).toEqual(["viewstart", "play", "playing", "ended", "viewend", "viewstart", "play"]);
    expect(events.at(-1)!.view_id).toBe("view-0002");
  });

  it("sends heartbeats with the rendition only while playing", () => {
    const { seq, feed, types, events } = setup();
    seq.heartbeat(0);
    feed(["play", 0], ["playing", 0]);
    seq.handle({ type: "rendition", bitrate: 300_000, width: 320, height: 180 }, 0.5);
    seq.heartbeat(10);
    feed(["pause", 11]);
    seq.heartbeat(11);
    expect(types()).toEqual(["viewstart", "play", "playing", "renditionchange", "heartbeat", "pause"]);
    expect(events[4]).toMatchObject({ type: "heartbeat", playhead_ms: 10_000, bitrate: 300_000, rendition_height: 180 });
  });
});

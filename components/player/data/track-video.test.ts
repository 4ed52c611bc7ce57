import { describe, expect, it } from "vitest";
import type { BeaconBatch } from "@/server/analytics/beacon-schema";
import { beaconBatchSchema } from "@/server/analytics/beacon-schema";
import { FakeVideo } from "./fake-video";
import { trackVideo, type TrackableHls } from "./track-video";


/** Stands in for hls.js's event emitter (a third-party library, not our pipeline). */
class FakeHls implements TrackableHls {
  levels = [{ bitrate: 300_000, width: 320, height: 180 }, { bitrate: 1_200_000, width: 1280, height: 720 }];
  private handlers = new Map<string, ((event: string, data: never) => void)[]>();
  on(event: string, cb: (event: string, data: never) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), cb]);
  }
  off(event: string, cb: (...args: never[]) => void) {
    this.handlers.set(event, (this.handlers.get(event) ?? []).filter((h) => h !== cb));
  }
  emit(event: string, data: unknown) {
    for (const h of this.handlers.get(event) ?? []) h(event, data as never);
  }
}

describe("trackVideo", () => {
  it("turns element and hls.js events into batches of valid beacons with the view's dimensions", () => {
    const video = new FakeVideo();
    const hls = new FakeHls();
    const batches: BeaconBatch[] = [];
    const tracker = trackVideo(video, { hls, dimensions: { playback_id: "abc123", video_title: "T" }, playerInitTimeMs: 42, transport: (b) => batches.push(b), batchDelayMs: 60_000 });
    video.fire("play");
    hls.emit("hlsLevelSwitched", { level: 1 });
    video.fire("playing");
    video.fire("waiting", 3);
    video.fire("playing", 3);
    hls.emit("hlsError", { fatal: false, type: "networkError", details: "fragLoadError" });
    hls.emit("hlsError", { fatal: true, type: "networkError", details: "fragLoadError", response: { code: 500 } });
    tracker.destroy();
    const events = batches.flatMap((b) => b.events);
    expect(batches.every((b) => beaconBatchSchema.safeParse(b).success)).toBe(true);
    expect(events.map((e) => e.type)).toEqual(["playerready", "viewstart", "play", "renditionchange", "playing", "rebufferstart", "rebufferend", "playing", "error", "viewend"]);
    expect(events[1]!.dimensions).toMatchObject({ playback_id: "abc123", video_title: "T", player_init_time_ms: 42, player_width: 640, player_autoplay: true, player_preload: true, video_duration_ms: 12_500, sdk_name: "keyframe-data" });
    expect(events[1]!.dimensions!.viewer_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(events[3]).toMatchObject({ bitrate: 1_200_000, rendition_width: 1280, rendition_height: 720 });
    expect(events[8]).toMatchObject({ error_code: "fragLoadError:500" });
  });

  it("closes the view when the source is replaced and after ended + timeout", async () => {
    const video = new FakeVideo();
    const batches: BeaconBatch[] = [];
    const tracker = trackVideo(video, { transport: (b) => batches.push(b), endedTimeoutMs: 5, batchDelayMs: 1 });
    video.fire("play");
    video.fire("playing");
    const first = tracker.viewId;
    video.fire("emptied");
    expect(tracker.viewId).not.toBe(first);
    video.fire("play");
    video.fire("playing");
    video.fire("ended", 12.5);
    await new Promise((r) => setTimeout(r, 30));
    const events = batches.flatMap((b) => b.events);
    expect(events.filter((e) => e.type === "viewend").map((e) => e.view_id)).toEqual([first, events.find((e) => e.type === "ended")!.view_id]);
    tracker.destroy();
  });

  it("reports a native media error with its MediaError code when there is no hls.js", () => {
    const video = new FakeVideo();
    const batches: BeaconBatch[] = [];
    const tracker = trackVideo(video, { transport: (b) => batches.push(b) });
    video.error = { code: 4, message: "unsupported" };
    video.fire("error");
    expect(batches.flatMap((b) => b.events).find((e) => e.type === "error")).toMatchObject({ error_code: "MEDIA_ERR_SRC_NOT_SUPPORTED", error_message: "unsupported" });
    tracker.destroy();
  });
});

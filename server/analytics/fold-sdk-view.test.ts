import { describe, expect, it } from "vitest";
import { createViewSequencer } from "@/components/player/data/sequence-view-events";
import type { BeaconEvent } from "./beacon-schema";
import { beaconBatchSchema } from "./beacon-schema";
import { computeViewMetrics } from "./compute-view-metrics";
import { foldViewEvents } from "./fold-view-events";

// The contract between the player SDK's view state machine and the ingest's fold: what the SDK
// emits for a played, stalled, seeked and finished view must read back as that view.
describe("SDK view sequence → per-view metrics", () => {
  it("startup, one rebuffer, one seek, rendition time and a clean end", () => {
    let now = 1_700_000_000_000;
    const events: BeaconEvent[] = [];
    const seq = createViewSequencer({
      newViewId: () => "sdk-view-0001",
      now: () => now,
      emit: (e) => events.push(e),
      dimensions: () => ({ playback_id: "pb-1", player_width: 1280, player_height: 720, player_init_time_ms: 1_700_000_000_000 - 250 }),
    });
    seq.playerReady();
    now += 1000;
    seq.handle({ type: "play" }, 0);
    seq.handle({ type: "rendition", bitrate: 800_000, width: 640, height: 360 }, 0);
    now += 1200;
    seq.handle({ type: "playing" }, 0);
    now += 10_000;
    seq.heartbeat(10);
    seq.handle({ type: "waiting" }, 10);
    now += 3000;
    seq.handle({ type: "timeupdate" }, 10.2);
    now += 5000;
    seq.handle({ type: "seeking" }, 30);
    now += 400;
    seq.handle({ type: "seeked" }, 30);
    now += 4600;
    seq.handle({ type: "ended" }, 35);
    seq.end(35);

    expect(beaconBatchSchema.safeParse({ events }).success).toBe(true);
    const m = computeViewMetrics(foldViewEvents(null, events));
    expect(m.videoStartupTimeMs).toBe(1200);
    expect(m.playerStartupTimeMs).toBe(250);
    expect(m.rebufferCount).toBe(1);
    expect(m.rebufferDurationMs).toBe(3000);
    expect(m.seekCount).toBe(1);
    expect(m.seekLatencyTotalMs).toBe(400);
    // Playing 10 s + 5 s + 4.6 s; watch adds startup 1.2 s, rebuffer 3 s and the 0.4 s seek.
    expect(m.playingTimeMs).toBe(19_600);
    expect(m.watchTimeMs).toBe(24_200);
    expect(m.upscalePercentage).toBe(1);
    expect(m.averageBitrate).toBe(800_000);
    expect(m).toMatchObject({ playbackFailed: false, exitBeforeVideoStart: false, playbackSuccessScore: 1 });
  });

  it("a fatal error before the first frame is a startup failure with the SDK's error code", () => {
    let now = 1_700_000_000_000;
    const events: BeaconEvent[] = [];
    const seq = createViewSequencer({ newViewId: () => "sdk-view-0002", now: () => now, emit: (e) => events.push(e), dimensions: () => ({ playback_id: "pb-1" }) });
    seq.handle({ type: "play" }, 0);
    now += 700;
    seq.handle({ type: "error", code: "manifestLoadError:404", message: "networkError – HTTP 404" }, 0);
    const m = computeViewMetrics(foldViewEvents(null, events));
    expect(m).toMatchObject({ playbackFailed: true, videoStartupFailed: true, errorCode: "manifestLoadError:404", playbackSuccessScore: 0 });
  });
});

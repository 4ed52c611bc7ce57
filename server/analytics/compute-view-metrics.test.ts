import { describe, expect, it } from "vitest";
import type { BeaconEvent } from "./beacon-schema";
import { computeViewMetrics } from "./compute-view-metrics";
import { computeViewScores } from "./compute-view-scores";
import { foldViewEvents } from "./fold-view-events";

const t0 = 1_700_000_000_000;
let seq = 0;
const ev = (type: BeaconEvent["type"], at: number, extra: Partial<BeaconEvent> = {}): BeaconEvent => ({ view_id: "view-aaaaaaaa", seq: seq++, type, ts: t0 + at, ...extra });

describe("per-view metrics on hand-computed views", () => {
  it("a full view: startup, playing, rebuffer, seek, pause, bitrate, upscaling and the scores", () => {
    seq = 0;
    const events = [
      ev("playerready", 0, { dimensions: { player_init_time_ms: t0 - 300, page_load_time_ms: 1200, player_width: 1280, player_height: 720 } }),
      ev("viewstart", 1000),
      ev("play", 1000),
      ev("renditionchange", 1500, { bitrate: 1_000_000, rendition_width: 640, rendition_height: 360 }),
      ev("playing", 3000),
      ev("renditionchange", 13_000, { bitrate: 3_000_000, rendition_width: 1280, rendition_height: 720 }),
      ev("rebufferstart", 23_000),
      ev("rebufferend", 25_000),
      ev("seeking", 35_000),
      ev("seeked", 35_500),
      ev("pause", 45_000),
      ev("play", 55_000),
      ev("playing", 55_200),
      ev("heartbeat", 60_000, { bitrate: 3_000_000, rendition_width: 1280, rendition_height: 720 }),
      ev("viewend", 65_200),
    ];
    // Fold in two batches, out of order within each, as the ingest would.
    const state = foldViewEvents(foldViewEvents(null, events.slice(0, 7).reverse()), events.slice(7));
    const m = computeViewMetrics(state);
    // Watch time = startup 2 s + playing 49.5 s + rebuffer 2 s + seek 0.5 s (the 10.2 s pause excluded).
    expect(m.watchTimeMs).toBe(54_000);
    expect(m.playingTimeMs).toBe(49_500);
    expect(m.videoStartupTimeMs).toBe(2000);
    expect(m.playerStartupTimeMs).toBe(300);
    expect(m.pageLoadTimeMs).toBe(1200);
    expect(m.rebufferCount).toBe(1);
    expect(m.rebufferDurationMs).toBe(2000);
    expect(m.rebufferPercentage).toBeCloseTo(2000 / 54_000, 9);
    expect(m.rebufferFrequency).toBeCloseTo(1 / 0.9, 9);
    expect(m.seekCount).toBe(1);
    expect(m.seekLatencyTotalMs).toBe(500);
    // 10 s at 1 Mbps (640x360 in 1280x720: upscaled 100 %), 39.5 s at 3 Mbps native.
    expect(m.averageBitrate).toBeCloseTo((1e6 * 10_000 + 3e6 * 39_500) / 49_500, 3);
    expect(m.upscalePercentage).toBeCloseTo(10_000 / 49_500, 9);
    expect(m.maxUpscalePercentage).toBe(1);
    expect(m.downscalePercentage).toBe(0);
    expect(m).toMatchObject({ playbackFailed: false, videoStartupFailed: false, exitBeforeVideoStart: false, errorCode: null });
    expect(m.startupTimeScore).toBeCloseTo(0.8, 9);
    expect(m.smoothnessScore).toBeCloseTo((1 / Math.sqrt(1.25) + Math.exp(-10 * (2000 / 54_000))) / 2, 9);
    expect(m.smoothnessScore).toBeCloseTo(0.79243, 4);
    expect(m.videoQualityScore).toBeCloseTo(Math.exp(-0.33 * (0.15 * 1 + 0.85 * (10_000 / 49_500))), 9);
    expect(m.videoQualityScore).toBeCloseTo(0.89927, 4);
    expect(m.playbackSuccessScore).toBe(1);
    expect(m.viewerExperienceScore).toBeCloseTo(0.8159, 3);
  });

  it("a fatal error before the first frame is a playback failure and a startup failure with the error code", () => {
    seq = 0;
    const m = computeViewMetrics(
      foldViewEvents(null, [ev("viewstart", 0), ev("play", 0), ev("error", 4000, { error_code: "manifestLoadError:404", error_message: "HTTP 404" })]),
    );
    expect(m).toMatchObject({ playbackFailed: true, videoStartupFailed: true, exitBeforeVideoStart: false, errorCode: "manifestLoadError:404" });
    expect(m.videoStartupTimeMs).toBeNull();
    expect(m.watchTimeMs).toBe(4000);
    expect(m.playbackSuccessScore).toBe(0);
    expect(m.viewerExperienceScore).toBe(0);
    expect(m.startupTimeScore).toBeNull();
  });

  it("leaving before the first frame is an exit before video start: success 50, none under 1 s", () => {
    seq = 0;
    const ebvs = computeViewMetrics(foldViewEvents(null, [ev("viewstart", 0), ev("play", 0), ev("viewend", 5000)]));
    expect(ebvs).toMatchObject({ exitBeforeVideoStart: true, playbackFailed: false, playbackSuccessScore: 0.5, viewerExperienceScore: 0.5 });
    seq = 0;
    const quick = computeViewMetrics(foldViewEvents(null, [ev("viewstart", 0), ev("play", 0), ev("viewend", 500)]));
    expect(quick.exitBeforeVideoStart).toBe(true);
    expect(quick.playbackSuccessScore).toBeNull();
    seq = 0;
    const ongoing = computeViewMetrics(foldViewEvents(null, [ev("viewstart", 0), ev("play", 0)]));
    expect(ongoing.exitBeforeVideoStart).toBe(false);
  });

  it("downscaling: a 1080p rendition in a 640x360 player", () => {
    seq = 0;
    const m = computeViewMetrics(
      foldViewEvents(null, [
        ev("viewstart", 0, { dimensions: { player_width: 640, player_height: 360 } }),
        ev("renditionchange", 0, { bitrate: 5_000_000, rendition_width: 1920, rendition_height: 1080 }),
        ev("playing", 500),
        ev("viewend", 10_500),
      ]),
    );
    expect(m.downscalePercentage).toBeCloseTo(1 - 1 / 3, 9);
    expect(m.upscalePercentage).toBe(0);
    expect(m.videoQualityScore).toBe(1);
    expect(m.videoStartupTimeMs).toBe(500);
  });
});

describe("Mux score formulas against Mux's published examples", () => {
  const base = { rebufferCount: 0, rebufferPercentage: 0, upscalePercentage: 0, maxUpscalePercentage: 0, playbackFailed: false, exitBeforeVideoStart: false, abandonedAfterMs: null };
  it("startup: 400 ms → 95, 2 s → 80, 8 s → 50, 20 s → 29", () => {
    const score = (ms: number) => Math.round(computeViewScores({ ...base, videoStartupTimeMs: ms }).startupTimeScore! * 100);
    expect([score(400), score(2000), score(8000), score(20_000)]).toEqual([95, 80, 50, 29]);
  });
  it("video quality: no upscaling → 100, 50 % upscaling throughout → 85", () => {
    const q = (u: number) => Math.round(computeViewScores({ ...base, videoStartupTimeMs: 1000, upscalePercentage: u, maxUpscalePercentage: u }).videoQualityScore! * 100);
    expect([q(0), q(0.5)]).toEqual([100, 85]);
  });
  it("smoothness: no rebuffering → 100; the count curve halves the count term at ~3.5 rebuffers", () => {
    expect(computeViewScores({ ...base, videoStartupTimeMs: 1000 }).smoothnessScore).toBe(1);
    const s = computeViewScores({ ...base, videoStartupTimeMs: 1000, rebufferCount: 4, rebufferPercentage: 0.05 }).smoothnessScore!;
    expect(s).toBeCloseTo((1 / Math.sqrt(5) + Math.exp(-0.5)) / 2, 9);
  });
});

import { describe, expect, it } from "vitest";
import { createLiveStreamSchema, updateLiveStreamSchema } from "@/server/live/schemas";
import { liveStreamPresets } from "./live-stream-presets";
import { toCreateLiveStreamBody, toUpdateLiveStreamBody } from "./to-live-stream-body";

describe("live stream presets", () => {
  it("each preset makes a body the API accepts, with its latency mode and recording", () => {
    for (const preset of liveStreamPresets) {
      const parsed = createLiveStreamSchema.parse(toCreateLiveStreamBody(preset.values));
      expect(parsed.latency_mode).toBe(preset.id);
      expect(parsed.playback_policies).toEqual(["public"]);
      expect(parsed.new_asset_settings).toEqual({ playback_policies: ["public"] });
    }
  });

  it("records nothing when recording is off, and keeps a signed policy for the recording", () => {
    const base = liveStreamPresets[0].values;
    expect(createLiveStreamSchema.parse(toCreateLiveStreamBody({ ...base, record: false })).new_asset_settings).toBeNull();
    expect(createLiveStreamSchema.parse(toCreateLiveStreamBody({ ...base, playbackPolicy: "signed" }, "show-42"))).toMatchObject({
      playback_policies: ["signed"],
      new_asset_settings: { playback_policies: ["signed"] },
      passthrough: "show-42",
    });
  });

  it("refuses out-of-range windows with a message a user can act on", () => {
    const result = createLiveStreamSchema.safeParse(toCreateLiveStreamBody({ ...liveStreamPresets[1].values, maxContinuousDuration: 30 }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("must be at least 60 seconds");
    expect(updateLiveStreamSchema.parse(toUpdateLiveStreamBody({ ...liveStreamPresets[2].values, reconnectWindow: 5 }, ""))).toMatchObject({ reconnect_window: 5, latency_mode: "standard" });
  });
});

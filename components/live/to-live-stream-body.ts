import type { CreateLiveStreamInput, UpdateLiveStreamInput } from "@/server/live/schemas";
import type { LiveStreamFormValues } from "./live-stream-presets";

/** The create dialog's values as the API's body (the same schema as POST /video/v1/live-streams). */
export function toCreateLiveStreamBody(v: LiveStreamFormValues, passthrough?: string): CreateLiveStreamInput {
  return {
    latency_mode: v.latencyMode,
    reconnect_window: v.reconnectWindow,
    max_continuous_duration: v.maxContinuousDuration,
    playback_policies: [v.playbackPolicy],
    // The recording plays with the stream's policy; null records nothing.
    new_asset_settings: v.record ? { playback_policies: [v.playbackPolicy] } : null,
    ...(passthrough ? { passthrough } : {}),
  };
}

/** The edit dialog's changes (latency, windows, passthrough; the rest is fixed after creation). */
export function toUpdateLiveStreamBody(v: LiveStreamFormValues, passthrough: string): UpdateLiveStreamInput {
  return { latency_mode: v.latencyMode, reconnect_window: v.reconnectWindow, max_continuous_duration: v.maxContinuousDuration, passthrough };
}

import type { LiveLatencyMode } from "@/server/db/schema/live";

export type LiveStreamFormValues = {
  latencyMode: LiveLatencyMode;
  /** Seconds. */
  reconnectWindow: number;
  /** Seconds. */
  maxContinuousDuration: number;
  playbackPolicy: "public" | "signed";
  record: boolean;
};

/** The create dialog's starting points; every field stays editable after picking one. */
export const liveStreamPresets = [
  {
    id: "low",
    label: "Low latency (LL-HLS)",
    description: "About 2 s behind the camera: partial segments and blocking playlist reloads. For auctions, sports, Q&A.",
    values: { latencyMode: "low", reconnectWindow: 60, maxContinuousDuration: 43_200, playbackPolicy: "public", record: true },
  },
  {
    id: "reduced",
    label: "Reduced latency",
    description: "2 s segments, roughly 6–10 s behind. Steadier on weak networks than low latency.",
    values: { latencyMode: "reduced", reconnectWindow: 60, maxContinuousDuration: 43_200, playbackPolicy: "public", record: true },
  },
  {
    id: "standard",
    label: "Standard with recording",
    description: "4 s segments, the most robust delivery; each broadcast becomes an on-demand asset.",
    values: { latencyMode: "standard", reconnectWindow: 120, maxContinuousDuration: 43_200, playbackPolicy: "public", record: true },
  },
] as const satisfies readonly { id: string; label: string; description: string; values: LiveStreamFormValues }[];

export type LiveStreamPresetId = (typeof liveStreamPresets)[number]["id"];

export const latencyModeLabels: Record<LiveLatencyMode, string> = { low: "Low (LL-HLS)", reduced: "Reduced", standard: "Standard" };

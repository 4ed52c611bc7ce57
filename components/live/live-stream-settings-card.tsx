import { Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import type { LiveLatencyMode } from "@/server/db/schema/live";
import { formatConnectedFor } from "./format-live";
import { latencyModeLabels } from "./live-stream-presets";

/** The stream's settings at a glance, with Edit. */
export function LiveStreamSettingsCard({ stream, onEdit }: {
  stream: { latency_mode: LiveLatencyMode; reconnect_window: number; max_continuous_duration: number; new_asset_settings?: Record<string, unknown>; passthrough?: string; created_at: string };
  onEdit: () => void;
}) {
  const recording = stream.new_asset_settings;
  const policies = Array.isArray(recording?.playback_policies) ? (recording.playback_policies as string[]).join(", ") : null;
  const rows: [string, string][] = [
    ["Latency mode", latencyModeLabels[stream.latency_mode]],
    ["Reconnect window", formatConnectedFor(stream.reconnect_window)],
    ["Max continuous duration", formatConnectedFor(stream.max_continuous_duration)],
    ["Recording", recording ? `On${policies ? ` (${policies})` : ""}` : "Off"],
    ["Passthrough", stream.passthrough ?? "—"],
    ["Created", formatDateTime(new Date(Number(stream.created_at) * 1000))],
  ];
  return (
    <Card>
      <CardHeader title="Settings" actions={<Button size="sm" onClick={onEdit}><Pencil /> Edit</Button>} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 px-5 py-4 text-[13px]" data-testid="live-settings">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-fg-muted">{k}</dt>
            <dd className="min-w-0 truncate text-right tabular-nums" title={v}>{v}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

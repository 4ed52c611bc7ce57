"use client";

import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { BitrateSparkline } from "./bitrate-sparkline";
import { formatConnectedFor, formatKbps } from "./format-live";
import { useBitrateHistory } from "./use-bitrate-history";

export type LiveHealth = {
  updated_at: string;
  protocol: string;
  video_codec: string | null;
  audio_codec: string | null;
  width: number | null;
  height: number | null;
  bitrate_kbps: number;
  fps: number;
  keyframe_interval_seconds: number | null;
  dropped_frames: number;
  connected_seconds: number;
};

/**
 * The connected feed as the ingest measures it (refreshed every 2 s by the page's polling), with
 * the input bitrate drawn over the last minutes. Flags a keyframe interval the packager cannot
 * cut 2 s segments from.
 */
export function LiveHealthCard({ health, reconnecting }: { health: LiveHealth | null; reconnecting: boolean }) {
  const points = useBitrateHistory(health ? { updatedAt: health.updated_at, kbps: health.bitrate_kbps } : null);
  const gop = health?.keyframe_interval_seconds ?? null;
  const rows: [string, string][] = health
    ? [
        ["Input bitrate", formatKbps(health.bitrate_kbps)],
        ["Frame rate", `${Math.round(health.fps * 10) / 10} fps`],
        ["Keyframe interval", gop === null ? "—" : `${Math.round(gop * 100) / 100} s`],
        ["Dropped frames", health.dropped_frames.toLocaleString("en-US")],
        ["Resolution", health.width && health.height ? `${health.width}×${health.height}` : "—"],
        ["Codecs", [health.video_codec, health.audio_codec].filter(Boolean).join(" + ").toUpperCase() || "—"],
        ["Protocol", health.protocol.toUpperCase()],
        ["Connected for", formatConnectedFor(health.connected_seconds)],
      ]
    : [];
  return (
    <Card>
      <CardHeader title="Stream health" description={health ? "Measured at ingest, every 2 s" : undefined} />
      {health ? (
        <div className="flex flex-col gap-3 px-5 py-4" data-testid="live-health">
          <BitrateSparkline points={points} />
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-[13px]">
            {rows.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-fg-muted">{k}</dt>
                <dd className="min-w-0 truncate text-right tabular-nums" data-testid={`health-${k.toLowerCase().replaceAll(" ", "-")}`}>{v}</dd>
              </div>
            ))}
          </dl>
          {gop !== null && gop > 2.5 && (
            <Badge tone="warning" className="self-start">Keyframe interval above 2 s: set it to 2 s in the encoder</Badge>
          )}
          {health.dropped_frames > 0 && <p className="text-[12px] text-fg-muted">Dropped frames mean the live transcoder could not keep up with the input.</p>}
        </div>
      ) : (
        <p className="px-5 py-8 text-center text-[13px] text-fg-muted">
          {reconnecting ? "The publisher dropped; waiting for it within the reconnect window." : "No publisher connected. Health appears while a stream is coming in."}
        </p>
      )}
    </Card>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/spinner";
import { formatMetric } from "./format-metric";

const tones: Record<string, BadgeTone> = { error: "danger", rebufferstart: "warning", rebufferend: "warning", viewstart: "accent", playing: "success", renditionchange: "info" };

/** One view: its metrics and its events on a time axis from the first event. */
export function ViewTimeline({ workspaceId, viewId }: { workspaceId: string; viewId: string }) {
  const trpc = useTRPC();
  const view = useQuery(trpc.data.view.queryOptions({ workspaceId, viewId }));
  if (!view.data) return <Spinner label="Loading view" />;
  const v = view.data.data;
  const t0 = v.events[0]?.viewer_time ?? 0;
  const span = Math.max(1, (v.events.at(-1)?.viewer_time ?? t0) - t0);
  const facts: [string, string][] = [
    ["Video startup", formatMetric("milliseconds", v.video_startup_time)],
    ["Player startup", formatMetric("milliseconds", v.player_startup_time)],
    ["Page load", formatMetric("milliseconds", v.page_load_time)],
    ["Watch time", formatMetric("milliseconds", v.watch_time)],
    ["Rebuffers", `${v.rebuffer_count} (${formatMetric("percentage", v.rebuffer_percentage)})`],
    ["Avg bitrate", formatMetric("bitrate", v.weighted_average_bitrate)],
    ["Upscaling", formatMetric("percentage", v.upscale_percentage)],
    ["Experience", formatMetric("score", v.viewer_experience_score)],
    ["Browser", `${String(v.browser_name ?? "?")} ${String(v.browser_version ?? "")}`],
    ["Playback ID", String(v.playback_id ?? "–")],
  ];
  return (
    <div className="px-5 py-4">
      <dl className="mb-4 grid grid-cols-2 gap-x-6 gap-y-1 text-[13px] md:grid-cols-5">
        {facts.map(([k, val]) => (
          <div key={k}>
            <dt className="text-xs text-fg-muted">{k}</dt>
            <dd className="tabular-nums">{val}</dd>
          </div>
        ))}
      </dl>
      <div className="relative mb-4 h-6 rounded bg-bg-muted" aria-hidden>
        {v.events.map((e) => (
          <span
            key={e.seq}
            title={`${e.name} +${e.viewer_time - t0} ms`}
            className={`absolute top-1 h-4 w-1 rounded ${e.name === "error" ? "bg-danger" : e.name.startsWith("rebuffer") ? "bg-warning" : "bg-accent"}`}
            style={{ left: `${((e.viewer_time - t0) / span) * 100}%` }}
          />
        ))}
      </div>
      <ol className="space-y-1 text-[13px]" aria-label="View events">
        {v.events.map((e) => (
          <li key={e.seq} className="flex flex-wrap items-center gap-2">
            <span className="w-20 text-right text-xs text-fg-muted tabular-nums">+{((e.viewer_time - t0) / 1000).toFixed(2)} s</span>
            <Badge tone={tones[e.name] ?? "neutral"}>{e.name}</Badge>
            {e.playback_time !== null && <span className="text-xs text-fg-muted">at {(e.playback_time / 1000).toFixed(1)} s</span>}
            {e.bitrate !== null && (
              <span className="text-xs text-fg-muted">
                {e.rendition_width}×{e.rendition_height} {formatMetric("bitrate", e.bitrate)}
              </span>
            )}
            {e.error_code && <span className="text-xs text-danger">{e.error_code} {e.error_message}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

"use client";

import type { RouterOutputs } from "@/components/providers/trpc";
import { cn } from "@/components/ui/cn";
import { formatMetric } from "./format-metric";

type Comparison = RouterOutputs["data"]["comparison"];
const shown = ["views", "viewer_experience_score", "video_startup_time", "rebuffer_percentage", "playback_failure_percentage", "exits_before_video_start", "video_quality_score", "weighted_average_bitrate"];
const lowerIsBetter = new Set(["video_startup_time", "rebuffer_percentage", "playback_failure_percentage", "exits_before_video_start"]);

/** Headline metrics with the trend against the previous period and, when filtered, all views. */
export function MetricCards({ comparison, selected, onSelect, filtered }: { comparison: Comparison; selected: string; onSelect: (m: string) => void; filtered: boolean }) {
  return (
    <div className="mb-5 grid grid-cols-2 gap-3 md:grid-cols-4">
      {shown.map((id) => {
        const m = comparison.data.find((x) => x.metric === id);
        if (!m) return null;
        const change = m.value !== null && m.previous_value ? (m.value - m.previous_value) / Math.abs(m.previous_value) : null;
        const good = change === null ? null : lowerIsBetter.has(id) ? change <= 0 : change >= 0;
        return (
          <button
            key={id}
            type="button"
            onClick={() => onSelect(id)}
            aria-pressed={selected === id}
            className={cn("rounded-lg border bg-bg p-4 text-left shadow-xs transition-colors hover:bg-bg-subtle", selected === id ? "border-accent" : "border-border")}
          >
            <div className="text-xs text-fg-muted">{m.name}</div>
            <div className="mt-1 text-xl font-semibold tabular-nums" data-metric={id}>
              {formatMetric(m.type, m.value)}
            </div>
            <div className="mt-1 flex flex-wrap gap-x-2 text-[11px]">
              <span className={cn(good === null ? "text-fg-muted" : good ? "text-success" : "text-danger")}>
                {change === null ? "no previous data" : `${change >= 0 ? "▲" : "▼"} ${Math.abs(change * 100).toFixed(1)} % vs previous`}
              </span>
              {filtered && <span className="text-fg-muted">all views: {formatMetric(m.type, m.global_value)}</span>}
            </div>
          </button>
        );
      })}
    </div>
  );
}

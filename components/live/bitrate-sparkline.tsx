"use client";

import { Area, AreaChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BitratePoint } from "./use-bitrate-history";

/** The input bitrate since this page opened (up to 5 minutes), as a small area chart. */
export function BitrateSparkline({ points }: { points: BitratePoint[] }) {
  const last = points[points.length - 1];
  const label = last ? `Input bitrate over the last ${Math.max(1, Math.round((last.at - points[0]!.at) / 60_000))} min, now ${Math.round(last.kbps)} kbps` : "Input bitrate: waiting for measurements";
  return (
    <div className="h-16 w-full" role="img" aria-label={label} data-testid="bitrate-sparkline" data-points={points.length}>
      {points.length > 1 ? (
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={points} margin={{ top: 4, right: 0, bottom: 0, left: 0 }}>
            <XAxis dataKey="at" type="number" domain={["dataMin", "dataMax"]} hide />
            <YAxis domain={[0, "auto"]} hide />
            <Tooltip
              contentStyle={{ background: "var(--bg)", border: "1px solid var(--border)", borderRadius: 6, fontSize: 12, color: "var(--fg)" }}
              labelFormatter={(at) => new Date(Number(at)).toLocaleTimeString("en-US")}
              formatter={(value) => [`${Math.round(Number(value))} kbps`, "Input"]}
            />
            <Area type="monotone" dataKey="kbps" stroke="var(--accent)" fill="var(--accent)" fillOpacity={0.18} strokeWidth={1.5} isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      ) : (
        <div className="flex h-full items-center justify-center rounded-md border border-dashed border-border text-[12px] text-fg-muted">The bitrate line draws as measurements arrive.</div>
      )}
    </div>
  );
}

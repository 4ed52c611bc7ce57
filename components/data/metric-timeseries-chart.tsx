"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMetric } from "./format-metric";

/** One metric over time (minute, hour or day buckets from the Data API). */
export function MetricTimeseriesChart({ points, type, granularity }: { points: [string, number | null, number][]; type: string; granularity: string }) {
  const data = points.map(([at, value, views]) => ({ at, value, views }));
  const tick = (at: string) => {
    const d = new Date(at);
    return granularity === "day" ? d.toLocaleDateString("en-US", { month: "short", day: "numeric" }) : d.toLocaleTimeString("en-US", { hour: "2-digit", minute: "2-digit" });
  };
  return (
    <div className="h-64 w-full px-2 py-3" role="img" aria-label="Metric over time">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="at" tickFormatter={tick} minTickGap={40} tick={{ fill: "var(--fg-muted)", fontSize: 11 }} axisLine={{ stroke: "var(--border)" }} tickLine={false} />
          <YAxis allowDecimals={type !== "number"} tickFormatter={(v) => formatMetric(type, Number(v))} tick={{ fill: "var(--fg-muted)", fontSize: 11 }} axisLine={false} tickLine={false} width={72} />
          <Tooltip
            contentStyle={{ background: "var(--bg)", border: "1px solid var(--border)", borderRadius: 6, fontSize: 12, color: "var(--fg)" }}
            labelFormatter={(at) => new Date(String(at)).toLocaleString("en-US")}
            formatter={(value, _name, item) => [`${formatMetric(type, value === null ? null : Number(value))} (${(item.payload as { views: number }).views} views)`, "Value"]}
          />
          <Line type="monotone" dataKey="value" stroke="var(--accent)" strokeWidth={2} dot={data.filter((d) => d.value !== null).length < 4} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatBitrate } from "./format-media";

type Rung = { name: string; width: number | null; height: number | null; bitrate: number | null; averageBitrate: number | null };

/** The encoding ladder: peak and average bitrate per rendition, lowest resolution first. */
export function LadderChart({ renditions }: { renditions: Rung[] }) {
  const data = renditions
    .filter((r) => r.bitrate)
    .sort((a, b) => (a.height ?? 0) - (b.height ?? 0) || (a.bitrate ?? 0) - (b.bitrate ?? 0))
    .map((r) => ({ label: r.width && r.height ? `${r.width}×${r.height}` : r.name, peak: Math.round((r.bitrate ?? 0) / 1000), average: Math.round((r.averageBitrate ?? 0) / 1000) }));
  if (!data.length) return <p className="px-5 py-8 text-center text-[13px] text-fg-muted">The ladder appears as renditions finish.</p>;
  return (
    <div className="h-56 w-full px-2 py-3" role="img" aria-label={`Bitrate ladder: ${data.map((d) => `${d.label} ${d.peak} kbps`).join(", ")}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="label" tick={{ fill: "var(--fg-muted)", fontSize: 11 }} axisLine={{ stroke: "var(--border)" }} tickLine={false} />
          <YAxis unit=" k" tick={{ fill: "var(--fg-muted)", fontSize: 11 }} axisLine={false} tickLine={false} width={56} />
          <Tooltip
            cursor={{ fill: "var(--bg-muted)" }}
            contentStyle={{ background: "var(--bg)", border: "1px solid var(--border)", borderRadius: 6, fontSize: 12, color: "var(--fg)" }}
            formatter={(value, name) => [formatBitrate(Number(value) * 1000), name === "peak" ? "Peak" : "Average"]}
          />
          <Legend verticalAlign="top" align="right" height={24} iconSize={10} wrapperStyle={{ fontSize: 12, color: "var(--fg-muted)" }} formatter={(name) => (name === "peak" ? "Peak" : "Average")} />
          <Bar dataKey="average" name="average" fill="var(--accent)" fillOpacity={0.45} radius={[3, 3, 0, 0]} />
          <Bar dataKey="peak" name="peak" fill="var(--accent)" radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

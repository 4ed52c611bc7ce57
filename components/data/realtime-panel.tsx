"use client";

import { useQuery } from "@tanstack/react-query";
import { Area, AreaChart, ResponsiveContainer, Tooltip, XAxis } from "recharts";
import { useTRPC } from "@/components/providers/trpc";

/** Viewers right now (an event in the last 30 s) and over the last 10 minutes, refreshed every 5 s. */
export function RealtimePanel({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const live = useQuery({ ...trpc.data.realtime.queryOptions({ workspaceId, dimension: "country" }), refetchInterval: 5000 });
  const data = live.data?.data;
  return (
    <div className="flex flex-wrap items-center gap-6 px-5 py-4">
      <div>
        <div className="text-xs text-fg-muted">Watching now</div>
        <div className="text-3xl font-semibold tabular-nums" data-testid="concurrent-viewers">
          {data?.concurrent_viewers ?? "–"}
        </div>
        <div className="mt-1 text-[11px] text-fg-muted">{data?.breakdown.map((b) => `${b.value ?? "?"} ${b.concurrent_viewers}`).join(" · ")}</div>
      </div>
      <div className="h-20 min-w-60 flex-1" role="img" aria-label="Concurrent viewers over the last 10 minutes">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={data?.timeseries ?? []}>
            <XAxis dataKey="date" hide />
            <Tooltip
              contentStyle={{ background: "var(--bg)", border: "1px solid var(--border)", borderRadius: 6, fontSize: 12, color: "var(--fg)" }}
              labelFormatter={(d) => new Date(String(d)).toLocaleTimeString("en-US")}
            />
            <Area type="stepAfter" dataKey="concurrent_viewers" name="viewers" stroke="var(--accent)" fill="var(--accent)" fillOpacity={0.2} isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

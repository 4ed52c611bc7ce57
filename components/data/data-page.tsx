"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { BreakdownTable } from "./breakdown-table";
import { toFilterParams, type DataFilterChip } from "./data-filters";
import { ErrorsTable } from "./errors-table";
import { FilterBar } from "./filter-bar";
import { MetricCards } from "./metric-cards";
import { MetricTimeseriesChart } from "./metric-timeseries-chart";
import { RealtimePanel } from "./realtime-panel";
import { ViewTimeline } from "./view-timeline";
import { ViewsTable } from "./views-table";
import { formatCount } from "@/components/ui/format";

const timeframes = [
  ["1:hours", "Last hour"],
  ["24:hours", "Last 24 hours"],
  ["7:days", "Last 7 days"],
  ["30:days", "Last 30 days"],
] as const;

/** The Data page: cards with trends, a time series, breakdowns, filters, views with timelines, errors, real time. */
export function DataPage({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const [timeframe, setTimeframe] = useState<string>("24:hours");
  const [filters, setFilters] = useState<DataFilterChip[]>([]);
  const [metric, setMetric] = useState("views");
  const [groupBy, setGroupBy] = useState("browser_name");
  const [viewId, setViewId] = useState<string | null>(null);
  const q = { workspaceId, timeframe: [timeframe], filters: toFilterParams(filters) };
  const comparison = useQuery(trpc.data.comparison.queryOptions(q));
  const series = useQuery(trpc.data.timeseries.queryOptions({ ...q, metric }));
  const breakdown = useQuery(trpc.data.breakdown.queryOptions({ ...q, metric, group_by: groupBy, limit: 20 }));
  const views = useQuery(trpc.data.views.queryOptions({ ...q, limit: 20 }));
  const errors = useQuery(trpc.data.errors.queryOptions({ ...q, limit: 20 }));
  const selected = comparison.data?.data.find((m) => m.metric === metric);
  const type = selected?.type ?? "number";
  const addFilter = (key: string, value: string, exclude: boolean) => setFilters((f) => [...f.filter((x) => x.key !== key || x.value !== value), { key, value, exclude }]);

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <Select aria-label="Timeframe" value={timeframe} onChange={(e) => setTimeframe(e.target.value)} className="w-44">
          {timeframes.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        {comparison.data && <span className="text-[13px] text-fg-muted">{formatCount(comparison.data.totals.views, "view")}</span>}
      </div>
      <FilterBar workspaceId={workspaceId} timeframe={timeframe} filters={filters} onChange={setFilters} />
      <Card className="mb-5">
        <RealtimePanel workspaceId={workspaceId} />
      </Card>
      {comparison.data ? <MetricCards comparison={comparison.data} selected={metric} onSelect={setMetric} filtered={filters.length > 0} /> : <Spinner label="Loading metrics" />}
      <Card className="mb-5">
        <CardHeader title={selected?.name ?? metric} description="Over the timeframe; click a card above to chart another metric." />
        {series.data && <MetricTimeseriesChart points={series.data.data} type={type} granularity={series.data.meta.granularity} />}
      </Card>
      <Card className="mb-5">
        <CardHeader title="Breakdown" description="The metric by any dimension. “only” and “exclude” add filters." />
        <BreakdownTable breakdown={breakdown.data} type={type} groupBy={groupBy} onGroupBy={setGroupBy} onFilter={(value, exclude) => addFilter(groupBy, value, exclude)} />
      </Card>
      <Card className="mb-5">
        <CardHeader title="Errors" description="Fatal playback errors; a code filters the page to its views." />
        <ErrorsTable errors={errors.data} onFilter={(code) => addFilter("error_code", code, false)} />
      </Card>
      <Card className="mb-5">
        <CardHeader title="Views" description={views.data ? `${formatCount(views.data.total_row_count, "view")} ${views.data.total_row_count === 1 ? "matches" : "match"}; the newest first.` : "Loading…"} />
        <ViewsTable views={views.data} onOpen={setViewId} />
      </Card>
      {viewId && (
        <Card className="mb-5">
          <CardHeader title="View timeline" description={viewId} actions={<button type="button" className="text-xs text-fg-muted hover:underline" onClick={() => setViewId(null)}>Close</button>} />
          <ViewTimeline workspaceId={workspaceId} viewId={viewId} />
        </Card>
      )}
    </div>
  );
}

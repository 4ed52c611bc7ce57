"use client";

import { useQuery } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { viewDimensions } from "@/server/analytics/dimensions";
import type { DataFilterChip } from "./data-filters";

/** Include/exclude filters on any dimension, values suggested from the timeframe's views. */
export function FilterBar(props: { workspaceId: string; timeframe: string; filters: DataFilterChip[]; onChange: (f: DataFilterChip[]) => void }) {
  const trpc = useTRPC();
  const [key, setKey] = useState<string>("browser_name");
  const [value, setValue] = useState("");
  const [exclude, setExclude] = useState(false);
  const values = useQuery(trpc.data.dimensionValues.queryOptions({ workspaceId: props.workspaceId, dimension: key, timeframe: [props.timeframe], limit: 50 }));
  const label = (k: string) => viewDimensions.find((d) => d.key === k)?.label ?? k;
  return (
    <div className="mb-5 flex flex-wrap items-center gap-2" aria-label="Filters">
      <Select aria-label="Dimension" value={key} onChange={(e) => (setKey(e.target.value), setValue(""))} className="w-48">
        {viewDimensions.map((d) => (
          <option key={d.key} value={d.key}>
            {d.label}
          </option>
        ))}
      </Select>
      <Select aria-label="Include or exclude" value={exclude ? "exclude" : "include"} onChange={(e) => setExclude(e.target.value === "exclude")} className="w-28">
        <option value="include">is</option>
        <option value="exclude">is not</option>
      </Select>
      <Select aria-label="Value" value={value} onChange={(e) => setValue(e.target.value)} className="w-56">
        <option value="">Choose a value…</option>
        {values.data?.data
          .filter((v) => v.value !== null)
          .map((v) => (
            <option key={v.value} value={v.value!}>
              {v.value} ({v.total_count})
            </option>
          ))}
      </Select>
      <Button size="sm" disabled={!value} onClick={() => props.onChange([...props.filters, { key, value, exclude }])}>
        Add filter
      </Button>
      {props.filters.map((f, i) => (
        <span key={`${f.key}-${f.value}-${i}`} className="inline-flex items-center gap-1 rounded-full border border-border bg-bg-muted px-2.5 py-0.5 text-xs">
          {label(f.key)} {f.exclude ? "≠" : "="} <strong>{f.value}</strong>
          <button type="button" aria-label={`Remove filter ${f.key} ${f.value}`} onClick={() => props.onChange(props.filters.filter((_, j) => j !== i))}>
            <X className="size-3" />
          </button>
        </span>
      ))}
    </div>
  );
}

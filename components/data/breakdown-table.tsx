"use client";

import type { RouterOutputs } from "@/components/providers/trpc";
import { Select } from "@/components/ui/input";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { viewDimensions } from "@/server/analytics/dimensions";
import { formatMetric } from "./format-metric";

type Breakdown = RouterOutputs["data"]["breakdown"];

/** The selected metric per value of any dimension; a row adds an include or exclude filter. */
export function BreakdownTable(props: {
  breakdown: Breakdown | undefined;
  type: string;
  groupBy: string;
  onGroupBy: (key: string) => void;
  onFilter: (value: string, exclude: boolean) => void;
}) {
  return (
    <div>
      <div className="flex items-center gap-2 border-b border-border px-5 py-3">
        <label htmlFor="group-by" className="text-xs text-fg-muted">
          Break down by
        </label>
        <Select id="group-by" value={props.groupBy} onChange={(e) => props.onGroupBy(e.target.value)} className="w-56">
          {viewDimensions.map((d) => (
            <option key={d.key} value={d.key}>
              {d.label}
            </option>
          ))}
        </Select>
      </div>
      <Table>
        <thead>
          <tr>
            <Th>Value</Th>
            <Th className="text-right">Metric</Th>
            <Th className="text-right">Views</Th>
            <Th className="text-right">Impact rank</Th>
            <Th />
          </tr>
        </thead>
        <tbody>
          {props.breakdown?.data.map((row) => (
            <Tr key={row.field ?? "(unknown)"}>
              <Td>{row.field ?? <span className="text-fg-muted">(not set)</span>}</Td>
              <Td className="text-right tabular-nums">{formatMetric(props.type, row.value)}</Td>
              <Td className="text-right tabular-nums">{row.views.toLocaleString("en-US")}</Td>
              <Td className="text-right tabular-nums">{row.negative_impact}</Td>
              <Td className="text-right whitespace-nowrap">
                {row.field !== null && (
                  <>
                    <button type="button" className="text-xs text-accent hover:underline" onClick={() => props.onFilter(row.field!, false)}>
                      only
                    </button>{" "}
                    <button type="button" className="ml-2 text-xs text-fg-muted hover:underline" onClick={() => props.onFilter(row.field!, true)}>
                      exclude
                    </button>
                  </>
                )}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      {props.breakdown && !props.breakdown.data.length && <p className="px-5 py-6 text-center text-[13px] text-fg-muted">No views in this timeframe.</p>}
    </div>
  );
}

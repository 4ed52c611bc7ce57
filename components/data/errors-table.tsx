"use client";

import type { RouterOutputs } from "@/components/providers/trpc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatMetric } from "./format-metric";

/** Fatal playback errors by frequency; a row filters the page to that error code. */
export function ErrorsTable({ errors, onFilter }: { errors: RouterOutputs["data"]["errors"] | undefined; onFilter: (code: string) => void }) {
  if (errors && !errors.data.length) return <p className="px-5 py-6 text-center text-[13px] text-fg-muted">No playback failures in this timeframe.</p>;
  return (
    <Table>
      <thead>
        <tr>
          <Th>Error code</Th>
          <Th>Message</Th>
          <Th className="text-right">Views</Th>
          <Th className="text-right">Share of views</Th>
          <Th>Last seen</Th>
        </tr>
      </thead>
      <tbody>
        {errors?.data.map((e) => (
          <Tr key={e.code}>
            <Td>
              <button type="button" className="font-mono text-xs text-accent hover:underline" onClick={() => onFilter(e.code)}>
                {e.code}
              </button>
            </Td>
            <Td className="max-w-96 truncate text-fg-muted">{e.message}</Td>
            <Td className="text-right tabular-nums">{e.count}</Td>
            <Td className="text-right tabular-nums">{formatMetric("percentage", e.percentage)}</Td>
            <Td className="whitespace-nowrap">{new Date(e.last_seen).toLocaleString("en-US")}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}

"use client";

import type { RouterOutputs } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatMetric } from "./format-metric";

type Views = RouterOutputs["data"]["views"];

/** Recent views matching the filters; choosing one opens its event timeline. */
export function ViewsTable({ views, onOpen }: { views: Views | undefined; onOpen: (id: string) => void }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Started</Th>
          <Th>Video</Th>
          <Th>Browser / OS</Th>
          <Th>Country</Th>
          <Th className="text-right">Startup</Th>
          <Th className="text-right">Rebuffers</Th>
          <Th className="text-right">Score</Th>
          <Th>Outcome</Th>
        </tr>
      </thead>
      <tbody>
        {views?.data.map((v) => (
          <Tr key={v.id} className="cursor-pointer" onClick={() => onOpen(v.id)}>
            <Td className="whitespace-nowrap">
              <button type="button" className="text-accent hover:underline" onClick={() => onOpen(v.id)}>
                {v.view_start ? new Date(v.view_start).toLocaleString("en-US") : "–"}
              </button>
            </Td>
            <Td className="max-w-56 truncate">{String(v.video_title ?? v.playback_id ?? "–")}</Td>
            <Td>
              {String(v.browser_name ?? "?")} / {String(v.os_name ?? "?")}
            </Td>
            <Td>{String(v.country ?? "–")}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatMetric("milliseconds", v.video_startup_time)}</Td>
            <Td className="text-right tabular-nums">{v.rebuffer_count}</Td>
            <Td className="text-right tabular-nums">{formatMetric("score", v.viewer_experience_score)}</Td>
            <Td>
              {v.playback_failed ? (
                <Badge tone="danger">failed {String(v.error_code ?? "")}</Badge>
              ) : v.exit_before_video_start ? (
                <Badge tone="warning">exit before start</Badge>
              ) : v.view_end ? (
                <Badge tone="success">completed</Badge>
              ) : (
                <Badge tone="info" dot>
                  watching
                </Badge>
              )}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}

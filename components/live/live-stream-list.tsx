"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, Plus, Radio } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/error-message";
import { formatCount } from "@/components/ui/format";
import { Select } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { TimeAgo } from "@/components/ui/time-ago";
import { CreateLiveStreamDialog } from "./create-live-stream-dialog";
import { latencyModeLabels } from "./live-stream-presets";
import { LiveStreamStatusBadge } from "./live-stream-status-badge";

const PAGE_SIZE = 25;
type Status = "idle" | "active" | "disabled";

/** The workspace's live streams: status (live ones refresh every few seconds), latency mode, viewers, created. */
export function LiveStreamList({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status | "">("");
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery(
    trpc.liveStreams.list.queryOptions(
      { workspaceId, status: status || undefined, page, limit: PAGE_SIZE },
      { placeholderData: keepPreviousData, refetchInterval: (q) => (q.state.data?.liveStreams.some((s) => s.status === "active") ? 3000 : 10_000) },
    ),
  );
  const data = list.data;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <Select aria-label="Status" value={status} onChange={(e) => { setStatus(e.target.value as Status | ""); setPage(1); }} className="w-36">
          <option value="">All statuses</option>
          <option value="active">Live</option>
          <option value="idle">Idle</option>
          <option value="disabled">Disabled</option>
        </Select>
        {list.isFetching && !list.isPending && <Spinner className="size-3.5" />}
        <Button variant="primary" className="ml-auto" onClick={() => setCreating(true)}><Plus /> New live stream</Button>
      </div>
      {list.isPending ? (
        <Spinner label="Loading live streams" />
      ) : list.isError ? (
        <Alert>{errorMessage(list.error)}</Alert>
      ) : !data || data.liveStreams.length === 0 ? (
        <EmptyState icon={Radio} title={status ? "No live streams match" : "No live streams yet"}>
          {status ? "Try another status." : (
            <>
              Create one here or with <code className="font-mono text-xs">POST /video/v1/live-streams</code>, then point OBS or any RTMP/SRT encoder at its ingest URL.
              <div className="mt-4"><Button variant="primary" onClick={() => setCreating(true)}><Plus /> New live stream</Button></div>
            </>
          )}
        </EmptyState>
      ) : (
        <Card>
          <Table aria-label="Live streams">
            <thead>
              <tr>
                <Th>Live stream</Th>
                <Th>Status</Th>
                <Th>Latency</Th>
                <Th className="text-right">Viewers</Th>
                <Th>Created</Th>
              </tr>
            </thead>
            <tbody>
              {data.liveStreams.map((s) => (
                <Tr key={s.id} className="relative" data-testid="live-stream-row">
                  <Td className="max-w-80">
                    <Link href={`/w/${workspaceId}/live-streams/${s.id}`} className="block truncate font-medium after:absolute after:inset-0 hover:underline">
                      {s.passthrough || s.id}
                    </Link>
                    <div className="truncate font-mono text-[11px] text-fg-muted">{s.passthrough ? s.id : `${s.playback_ids.length} playback ID${s.playback_ids.length === 1 ? "" : "s"}`}</div>
                  </Td>
                  <Td><LiveStreamStatusBadge status={s.status} reconnecting={s.status === "active" && !s.active_ingest_protocol} /></Td>
                  <Td className="whitespace-nowrap text-fg-muted">{latencyModeLabels[s.latency_mode]}</Td>
                  <Td className="text-right tabular-nums">{s.status === "active" && s.viewer_count !== undefined ? formatCount(s.viewer_count, "viewer") : "—"}</Td>
                  <Td><TimeAgo date={new Date(Number(s.created_at) * 1000)} /></Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
      {data && (page > 1 || data.hasMore) && (
        <div className="flex justify-end gap-2">
          <Button size="sm" onClick={() => setPage((p) => p - 1)} disabled={page <= 1} aria-label="Previous page"><ChevronLeft /> Previous</Button>
          <Button size="sm" onClick={() => setPage((p) => p + 1)} disabled={!data.hasMore} aria-label="Next page">Next <ChevronRight /></Button>
        </div>
      )}
      <CreateLiveStreamDialog workspaceId={workspaceId} open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}

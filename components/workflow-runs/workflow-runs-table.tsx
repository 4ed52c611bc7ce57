"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Workflow } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/error-message";
import { formatDuration } from "@/components/ui/format";
import { Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { TimeAgo } from "@/components/ui/time-ago";
import { RunStatusBadge, runStatuses, type RunStatus } from "./run-status-badge";

const refreshMs = 3_000;

export function WorkflowRunsTable({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<RunStatus | "">("");
  const runs = useInfiniteQuery(
    trpc.workflowRuns.list.infiniteQueryOptions(
      { limit: 50, status: status || undefined },
      { getNextPageParam: (page) => page.nextCursor, refetchInterval: refreshMs },
    ),
  );
  const rows = runs.data?.pages.flatMap((p) => p.runs) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-3">
        <Label htmlFor="run-status">Status</Label>
        <Select id="run-status" value={status} onChange={(e) => setStatus(e.target.value as RunStatus | "")} className="w-40">
          <option value="">All</option>
          {runStatuses.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </Select>
        {runs.isFetching && !runs.isPending && <Spinner className="size-3.5" />}
      </div>
      {runs.isPending ? (
        <Spinner label="Loading runs" />
      ) : runs.isError ? (
        <Alert>{errorMessage(runs.error)}</Alert>
      ) : rows.length === 0 ? (
        <EmptyState icon={Workflow} title={status ? `No ${status} runs` : "No workflow runs yet"}>
          Runs appear here when events trigger workflow functions, e.g. <code className="font-mono text-xs">video/asset.created</code> after{" "}
          <code className="font-mono text-xs">POST /video/v1/assets</code>.
        </EmptyState>
      ) : (
        <Card>
          <Table aria-label="Workflow runs">
            <thead>
              <tr>
                <Th>Status</Th>
                <Th>Function</Th>
                <Th>Trigger event</Th>
                <Th>Started</Th>
                <Th className="text-right">Duration</Th>
                <Th>Error</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((run) => (
                <Tr key={run.id} className="relative">
                  <Td><RunStatusBadge status={run.status} /></Td>
                  <Td className="whitespace-nowrap">
                    {/* The whole row is the link's hit area (after:inset-0), the text stays one link. */}
                    <Link href={`/w/${workspaceId}/workflow-runs/${run.id}`} className="font-medium after:absolute after:inset-0 hover:underline">
                      {run.functionId}
                    </Link>
                    {run.attempt > 0 && <span className="ml-2 text-xs text-fg-muted">attempt {run.attempt + 1}</span>}
                  </Td>
                  <Td className="font-mono text-xs">{run.eventName}</Td>
                  <Td><TimeAgo date={run.startedAt ?? run.createdAt} /></Td>
                  <Td className="text-right tabular-nums">{run.endedAt ? formatDuration(run.durationMs) : "—"}</Td>
                  <Td className="max-w-72 truncate text-danger" title={run.errorMessage ?? undefined}>{run.errorMessage ?? ""}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
      {runs.hasNextPage && (
        <Button onClick={() => runs.fetchNextPage()} pending={runs.isFetchingNextPage} className="self-center">
          Load older runs
        </Button>
      )}
    </div>
  );
}

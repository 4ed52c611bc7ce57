"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, Film, Search } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/error-message";
import { Input, Select } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { TimeAgo } from "@/components/ui/time-ago";
import { AssetStatusBadge } from "./asset-status-badge";
import { formatSeconds } from "./format-media";

const PAGE_SIZE = 20;
type Status = "preparing" | "ready" | "errored";

export function AssetList({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<Status | "">("");
  const [page, setPage] = useState(1);
  useEffect(() => {
    const t = setTimeout(() => {
      setSearch(typed.trim());
      setPage(1);
    }, 250);
    return () => clearTimeout(t);
  }, [typed]);

  const list = useQuery(
    trpc.assets.list.queryOptions(
      { workspaceId, search: search || undefined, status: status || undefined, page, limit: PAGE_SIZE },
      {
        placeholderData: keepPreviousData,
        // Live while anything on the page is still processing.
        refetchInterval: (q) => (q.state.data?.assets.some((a) => a.status === "preparing") ? 1500 : 10_000),
      },
    ),
  );
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative w-full max-w-xs">
          <Search className="pointer-events-none absolute top-2 left-2.5 size-4 text-fg-muted" aria-hidden />
          <Input aria-label="Search assets" placeholder="Search by ID, title or passthrough" value={typed} onChange={(e) => setTyped(e.target.value)} className="w-full pl-8" />
        </div>
        <Select aria-label="Status" value={status} onChange={(e) => { setStatus(e.target.value as Status | ""); setPage(1); }} className="w-36">
          <option value="">All statuses</option>
          <option value="preparing">Preparing</option>
          <option value="ready">Ready</option>
          <option value="errored">Errored</option>
        </Select>
        {list.isFetching && !list.isPending && <Spinner className="size-3.5" />}
      </div>
      {list.isPending ? (
        <Spinner label="Loading assets" />
      ) : list.isError ? (
        <Alert>{errorMessage(list.error)}</Alert>
      ) : !data || data.assets.length === 0 ? (
        <EmptyState icon={Film} title={search || status ? "No assets match" : "No assets yet"}>
          {search || status ? "Try another search or status." : <>Videos you ingest appear here. Create one with <code className="font-mono text-xs">POST /video/v1/assets</code> or upload a file.</>}
        </EmptyState>
      ) : (
        <Card>
          <Table aria-label="Assets">
            <thead>
              <tr>
                <Th className="w-28">Preview</Th>
                <Th>Asset</Th>
                <Th>Status</Th>
                <Th className="text-right">Duration</Th>
                <Th>Resolution</Th>
                <Th>Created</Th>
              </tr>
            </thead>
            <tbody>
              {data.assets.map((asset) => (
                <Tr key={asset.id} className="relative">
                  <Td className="py-2">
                    <div className="aspect-video w-24 overflow-hidden rounded border border-border bg-bg-muted">
                      {asset.thumbnailUrl ? (
                        // eslint-disable-next-line @next/next/no-img-element -- served by /image, not next/image
                        <img src={`${asset.thumbnailUrl}?width=192`} alt="" loading="lazy" className="size-full object-cover" />
                      ) : (
                        <div className="flex size-full items-center justify-center"><Film className="size-4 text-fg-muted" aria-hidden /></div>
                      )}
                    </div>
                  </Td>
                  <Td className="max-w-80">
                    <Link href={`/w/${workspaceId}/assets/${asset.id}`} className="block truncate font-medium after:absolute after:inset-0 hover:underline">
                      {asset.meta.title || asset.id}
                    </Link>
                    <div className="truncate font-mono text-[11px] text-fg-muted">{asset.meta.title ? asset.id : asset.passthrough ?? ""}</div>
                  </Td>
                  <Td><AssetStatusBadge status={asset.status} percent={asset.progress.percent} /></Td>
                  <Td className="text-right tabular-nums">{formatSeconds(asset.duration)}</Td>
                  <Td className="tabular-nums text-fg-muted">{asset.maxWidth && asset.maxHeight ? `${asset.maxWidth}×${asset.maxHeight}` : asset.hasAudio && asset.hasVideo === false ? "Audio" : "—"}</Td>
                  <Td><TimeAgo date={asset.createdAt} /></Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
      {data && data.total > 0 && (
        <div className="flex items-center justify-between text-[13px] text-fg-muted">
          <span className="tabular-nums">
            {(page - 1) * PAGE_SIZE + 1}–{Math.min(page * PAGE_SIZE, data.total)} of {data.total}
          </span>
          <div className="flex gap-2">
            <Button size="sm" onClick={() => setPage((p) => p - 1)} disabled={page <= 1} aria-label="Previous page"><ChevronLeft /> Previous</Button>
            <Button size="sm" onClick={() => setPage((p) => p + 1)} disabled={page >= pages} aria-label="Next page">Next <ChevronRight /></Button>
          </div>
        </div>
      )}
    </div>
  );
}

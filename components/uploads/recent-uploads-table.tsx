"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatFileSize } from "./format-transfer";

const tones: Record<string, BadgeTone> = { waiting: "info", asset_created: "success", errored: "danger", cancelled: "neutral", timed_out: "warning" };

/** Every direct upload of the workspace (console or API), refreshed while any is still waiting. */
export function RecentUploadsTable({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.uploads.list.queryOptions({ workspaceId, limit: 25, page: 1 }),
    refetchInterval: (q) => (q.state.data?.uploads.some((u) => u.status === "waiting" || (u.status === "asset_created" && !u.asset_id)) ? 2000 : 10_000),
  });
  const uploads = list.data?.uploads ?? [];
  if (!uploads.length) return null;
  return (
    <Card>
      <CardHeader title="Recent uploads" description={`${list.data?.total ?? 0} direct uploads in this workspace`} />
      <Table aria-label="Recent uploads">
        <thead>
          <tr>
            <Th>Upload</Th>
            <Th>Status</Th>
            <Th className="text-right">Received</Th>
            <Th>Asset</Th>
          </tr>
        </thead>
        <tbody>
          {uploads.map((u) => (
            <Tr key={u.id}>
              <Td className="font-mono text-xs">{u.id}</Td>
              <Td><Badge tone={tones[u.status] ?? "neutral"} dot>{u.status.replace("_", " ")}</Badge></Td>
              <Td className="text-right tabular-nums">{formatFileSize(u.bytes_received)}{u.total_size ? ` of ${formatFileSize(u.total_size)}` : ""}</Td>
              <Td>
                {u.asset_id ? (
                  <Link href={`/w/${workspaceId}/assets/${u.asset_id}`} className="font-mono text-xs text-accent hover:underline">{u.asset_id}</Link>
                ) : (
                  <span className="text-fg-muted">{u.error?.messages.join("; ") ?? "—"}</span>
                )}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}

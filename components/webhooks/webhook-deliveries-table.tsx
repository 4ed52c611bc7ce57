"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/components/ui/error-message";
import { Spinner } from "@/components/ui/spinner";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { TimeAgo } from "@/components/ui/time-ago";

const tones: Record<string, BadgeTone> = { delivered: "success", pending: "info", failed: "danger", cancelled: "neutral" };
const fromUnix = (s: string | undefined) => (s ? new Date(Number(s) * 1000) : null);

/** An endpoint's delivery log: event, status, last response, attempts (expandable) and replay. Refreshes every 3 s. */
export function WebhookDeliveriesTable({ workspaceId, endpointId, canReplay }: { workspaceId: string; endpointId: string; canReplay: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<string | null>(null);
  const deliveries = useQuery({ ...trpc.webhooks.deliveries.queryOptions({ workspaceId, endpointId }), refetchInterval: 3000 });
  const replay = useMutation(
    trpc.webhooks.replay.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.deliveries.queryKey({ workspaceId, endpointId }) }) }),
  );

  if (deliveries.isPending) return <div className="p-4"><Spinner label="Loading deliveries" /></div>;
  if (deliveries.isError) return <div className="p-4"><Alert>{errorMessage(deliveries.error)}</Alert></div>;
  if (!deliveries.data.length) return <p className="p-4 text-[13px] text-fg-muted">No deliveries yet. Events appear here as assets and uploads change.</p>;
  return (
    <>
      {replay.isError && <div className="p-4"><Alert>{errorMessage(replay.error)}</Alert></div>}
      <Table aria-label="Deliveries">
        <thead>
          <tr>
            <Th>Event</Th>
            <Th>Status</Th>
            <Th>Response</Th>
            <Th>Attempts</Th>
            <Th>Created</Th>
            <Th><span className="sr-only">Actions</span></Th>
          </tr>
        </thead>
        <tbody>
          {deliveries.data.map((d) => (
            <Fragment key={d.id}>
              <Tr>
                <Td>
                  <div className="font-mono text-xs">{d.event_type}</div>
                  <div className="font-mono text-[11px] text-fg-muted">{d.object.type} {d.object.id}{d.replay_of ? " · replay" : ""}</div>
                </Td>
                <Td>
                  <Badge tone={tones[d.status] ?? "neutral"} dot>{d.status}</Badge>
                  {d.next_attempt_at && d.status === "pending" && <div className="text-[11px] text-fg-muted">next try <TimeAgo date={fromUnix(d.next_attempt_at)} /></div>}
                </Td>
                <Td className="font-mono text-xs">
                  {d.last_status_code ? `HTTP ${d.last_status_code}` : (d.last_error ?? "—")}
                  {d.last_latency_ms !== undefined && <span className="text-fg-muted"> · {d.last_latency_ms} ms</span>}
                </Td>
                <Td>
                  <Button size="sm" variant="ghost" onClick={() => setOpen(open === d.id ? null : d.id)} aria-expanded={open === d.id}>
                    {d.attempts_made} {d.attempts_made === 1 ? "attempt" : "attempts"}
                  </Button>
                </Td>
                <Td><TimeAgo date={fromUnix(d.created_at)} /></Td>
                <Td className="text-right">
                  {canReplay && d.status !== "pending" && (
                    <Button size="sm" onClick={() => replay.mutate({ workspaceId, endpointId, deliveryId: d.id })} pending={replay.isPending && replay.variables?.deliveryId === d.id}>
                      Replay
                    </Button>
                  )}
                </Td>
              </Tr>
              {open === d.id && (
                <tr>
                  <td colSpan={6} className="border-b border-border bg-bg-subtle px-4 py-2">
                    <ol className="flex flex-col gap-1.5 text-xs">
                      {d.attempts.map((a) => (
                        <li key={a.attempt} className="font-mono">
                          #{a.attempt} · {a.status_code ? `HTTP ${a.status_code}` : "no response"} · {a.latency_ms} ms · <TimeAgo date={fromUnix(a.created_at)} />
                          {a.error && <span className="text-danger"> · {a.error}</span>}
                          {a.response_snippet && <pre className="mt-0.5 max-h-24 overflow-auto whitespace-pre-wrap text-fg-muted">{a.response_snippet}</pre>}
                        </li>
                      ))}
                    </ol>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </Table>
    </>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC, type RouterOutputs } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { errorMessage } from "@/components/ui/error-message";
import { WebhookDeliveriesTable } from "./webhook-deliveries-table";
import { WebhookEndpointDialog } from "./webhook-endpoint-dialog";

type Endpoint = RouterOutputs["webhooks"]["list"][number];

/** One endpoint: status (with the auto-disable reason), secret reveal/rotate, enable/disable, edit, delete, and its delivery log. */
export function WebhookEndpointCard({ workspaceId, endpoint, isAdmin }: { workspaceId: string; endpoint: Endpoint; isAdmin: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { workspaceId, endpointId: endpoint.id };
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.list.queryKey({ workspaceId }) });
  const [secret, setSecret] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const reveal = useMutation(trpc.webhooks.revealSecret.mutationOptions({ onSuccess: (r) => setSecret(r.secret) }));
  const rotate = useMutation(trpc.webhooks.rotateSecret.mutationOptions({ onSuccess: (r) => setSecret(r.secret) }));
  const toggle = useMutation(trpc.webhooks.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.webhooks.remove.mutationOptions({ onSuccess: refresh }));
  const failure = [reveal, rotate, toggle].find((m) => m.isError)?.error;

  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-border p-4">
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <span className="truncate font-mono text-[13px]" data-testid="webhook-url">{endpoint.url}</span>
            <Badge tone={endpoint.enabled ? "success" : "danger"} dot>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge>
          </div>
          <div className="mt-1 text-xs text-fg-muted">
            {endpoint.description ? `${endpoint.description} · ` : ""}
            {endpoint.events.length ? endpoint.events.join(", ") : "All events"}
            {endpoint.failure_streak > 0 && ` · ${endpoint.failure_streak} failed attempts in a row`}
          </div>
        </div>
        {isAdmin && (
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={() => (secret ? setSecret(null) : reveal.mutate(ids))} pending={reveal.isPending}>{secret ? "Hide secret" : "Reveal secret"}</Button>
            <Button size="sm" onClick={() => rotate.mutate(ids)} pending={rotate.isPending}>Rotate secret</Button>
            <Button size="sm" onClick={() => toggle.mutate({ ...ids, changes: { enabled: !endpoint.enabled } })} pending={toggle.isPending}>
              {endpoint.enabled ? "Disable" : "Enable"}
            </Button>
            <Button size="sm" onClick={() => setEditing(true)}>Edit</Button>
            <Button size="sm" variant="danger" onClick={() => setDeleting(true)}>Delete</Button>
          </div>
        )}
      </div>
      {endpoint.disabled_reason && !endpoint.enabled && (
        <div className="border-b border-border p-4"><Alert tone="warning">{endpoint.disabled_reason}</Alert></div>
      )}
      {failure && <div className="border-b border-border p-4"><Alert>{errorMessage(failure)}</Alert></div>}
      {secret && (
        <div className="flex items-center gap-2 border-b border-border p-4 text-xs">
          <span className="text-fg-muted">Signing secret</span>
          <code className="truncate font-mono" data-testid="webhook-secret">{secret}</code>
          <CopyButton value={secret} label="Copy signing secret" />
        </div>
      )}
      <WebhookDeliveriesTable workspaceId={workspaceId} endpointId={endpoint.id} canReplay={isAdmin && endpoint.enabled} />
      {editing && <WebhookEndpointDialog workspaceId={workspaceId} endpoint={endpoint} open onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        onConfirm={() => remove.mutate(ids)}
        title="Delete endpoint?"
        confirmLabel="Delete"
        mutation={remove}
      >
        Keyframe stops sending events to {endpoint.url} and removes its delivery log.
      </ConfirmDialog>
    </Card>
  );
}

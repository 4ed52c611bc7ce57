"use client";

import { useQuery } from "@tanstack/react-query";
import { Plus, Webhook } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/error-message";
import { Spinner } from "@/components/ui/spinner";
import { WebhookEndpointCard } from "./webhook-endpoint-card";
import { WebhookEndpointDialog } from "./webhook-endpoint-dialog";

/** The workspace's webhook endpoints, each with its delivery log; refreshed so auto-disables show up. */
export function WebhooksPage({ workspaceId, isAdmin }: { workspaceId: string; isAdmin: boolean }) {
  const trpc = useTRPC();
  const endpoints = useQuery({ ...trpc.webhooks.list.queryOptions({ workspaceId }), refetchInterval: 5000 });
  const [adding, setAdding] = useState(false);

  return (
    <div className="flex flex-col gap-4">
      {isAdmin && (
        <div className="flex justify-end">
          <Button variant="primary" onClick={() => setAdding(true)}>
            <Plus aria-hidden />
            Add endpoint
          </Button>
        </div>
      )}
      {endpoints.isPending ? (
        <Spinner label="Loading endpoints" />
      ) : endpoints.isError ? (
        <Alert>{errorMessage(endpoints.error)}</Alert>
      ) : endpoints.data.length === 0 ? (
        <EmptyState icon={Webhook} title="No webhook endpoints">
          {isAdmin ? "Add one to receive video.asset.* and video.upload.* events, signed like Mux's." : "A workspace admin can add one."}
        </EmptyState>
      ) : (
        endpoints.data.map((endpoint) => <WebhookEndpointCard key={endpoint.id} workspaceId={workspaceId} endpoint={endpoint} isAdmin={isAdmin} />)
      )}
      {adding && <WebhookEndpointDialog workspaceId={workspaceId} open onClose={() => setAdding(false)} />}
    </div>
  );
}

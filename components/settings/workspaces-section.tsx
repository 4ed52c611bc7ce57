"use client";

import { useQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { EnvironmentBadge } from "@/components/console/environment-badge";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/error-message";
import { Spinner } from "@/components/ui/spinner";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { TimeAgo } from "@/components/ui/time-ago";
import { CreateWorkspaceDialog } from "@/components/workspaces/create-workspace-dialog";
import { useAdminOrganizations } from "@/components/workspaces/use-admin-organizations";

export function WorkspacesSection({ currentWorkspaceId }: { currentWorkspaceId: string }) {
  const trpc = useTRPC();
  const workspaces = useQuery(trpc.workspaces.list.queryOptions());
  const canCreate = useAdminOrganizations().length > 0;
  const [creating, setCreating] = useState(false);

  return (
    <section aria-labelledby="workspaces-heading">
      <Card>
        <CardHeader
          id="workspaces-heading"
          title="Workspaces"
          description="Each workspace has its own assets, tokens, webhooks and members."
          actions={
            canCreate && (
              <Button onClick={() => setCreating(true)}>
                <Plus aria-hidden />
                New workspace
              </Button>
            )
          }
        />
        {workspaces.isPending ? (
          <div className="p-5"><Spinner label="Loading workspaces" /></div>
        ) : workspaces.isError ? (
          <div className="p-5"><Alert>{errorMessage(workspaces.error)}</Alert></div>
        ) : (
          <Table aria-label="Workspaces">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Environment</Th>
                <Th>Your role</Th>
                <Th>Created</Th>
              </tr>
            </thead>
            <tbody>
              {workspaces.data.map((w) => (
                <Tr key={w.id}>
                  <Td>
                    <Link href={`/w/${w.id}/settings`} className="font-medium hover:underline">
                      {w.name}
                    </Link>
                    {w.id === currentWorkspaceId && <span className="ml-2 text-xs text-fg-muted">current</span>}
                    <div className="text-xs text-fg-muted">{w.organizationName}</div>
                  </Td>
                  <Td><EnvironmentBadge environment={w.environment} /></Td>
                  <Td><Badge tone={w.role === "admin" ? "accent" : "neutral"}>{w.role === "admin" ? "Admin" : "Member"}</Badge></Td>
                  <Td><TimeAgo date={w.createdAt} /></Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <CreateWorkspaceDialog open={creating} onClose={() => setCreating(false)} />
    </section>
  );
}

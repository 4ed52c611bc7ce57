"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useState } from "react";
import { useTRPC, type RouterOutputs } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/components/ui/error-message";
import { Spinner } from "@/components/ui/spinner";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { TimeAgo } from "@/components/ui/time-ago";
import { AddMemberDialog } from "./add-member-dialog";

type Member = RouterOutputs["workspaces"]["members"][number];

export function MembersSection({ workspaceId, isAdmin, currentUserId }: { workspaceId: string; isAdmin: boolean; currentUserId: string }) {
  const trpc = useTRPC();
  const members = useQuery(trpc.workspaces.members.queryOptions({ workspaceId }));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);

  return (
    <section aria-labelledby="members-heading">
      <Card>
        <CardHeader
          id="members-heading"
          title="Members"
          description={isAdmin ? "People who can open this workspace in the console." : "Only workspace admins can change who has access."}
          actions={
            isAdmin && (
              <Button onClick={() => setAdding(true)}>
                <UserPlus aria-hidden />
                Add member
              </Button>
            )
          }
        />
        {members.isPending ? (
          <div className="p-5"><Spinner label="Loading members" /></div>
        ) : members.isError ? (
          <div className="p-5"><Alert>{errorMessage(members.error)}</Alert></div>
        ) : (
          <Table aria-label="Members">
            <thead>
              <tr>
                <Th>Member</Th>
                <Th>Role</Th>
                <Th>Since</Th>
                {isAdmin && <Th><span className="sr-only">Actions</span></Th>}
              </tr>
            </thead>
            <tbody>
              {members.data.map((m) => (
                <Tr key={m.userId}>
                  <Td>
                    <div className="font-medium">{m.name ?? m.email}</div>
                    {m.name && <div className="text-xs text-fg-muted">{m.email}</div>}
                  </Td>
                  <Td>
                    <Badge tone={m.role === "admin" ? "accent" : "neutral"}>{m.role === "admin" ? "Admin" : "Member"}</Badge>
                    {m.userId === currentUserId && <span className="ml-2 text-xs text-fg-muted">you</span>}
                  </Td>
                  <Td><TimeAgo date={m.since} /></Td>
                  {isAdmin && (
                    <Td className="text-right">
                      <Button size="sm" variant="ghost" onClick={() => setRemoving(m)} aria-label={`Remove ${m.email}`}>
                        Remove
                      </Button>
                    </Td>
                  )}
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {isAdmin && <AddMemberDialog workspaceId={workspaceId} open={adding} onClose={() => setAdding(false)} />}
      <RemoveMemberDialog workspaceId={workspaceId} member={removing} onClose={() => setRemoving(null)} />
    </section>
  );
}

function RemoveMemberDialog({ workspaceId, member, onClose }: { workspaceId: string; member: Member | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.workspaces.removeMember.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.workspaces.members.queryKey({ workspaceId }) });
        onClose();
      },
    }),
  );
  return (
    <ConfirmDialog
      open={member !== null}
      onClose={onClose}
      onConfirm={() => member && remove.mutate({ workspaceId, userId: member.userId })}
      title="Remove member?"
      confirmLabel="Remove member"
      mutation={remove}
    >
      <strong className="text-fg">{member?.email}</strong> will lose access to this workspace. Their account stays.
    </ConfirmDialog>
  );
}

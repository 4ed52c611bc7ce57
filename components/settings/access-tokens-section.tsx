"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { KeyRound, Plus } from "lucide-react";
import { useState } from "react";
import { useTRPC, type RouterOutputs } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/error-message";
import { Spinner } from "@/components/ui/spinner";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { TimeAgo } from "@/components/ui/time-ago";
import { CreateTokenDialog } from "./create-token-dialog";
import { tokenPermissions } from "./token-permissions";

type Token = RouterOutputs["accessTokens"]["list"][number];

export function AccessTokensSection({ workspaceId, isAdmin }: { workspaceId: string; isAdmin: boolean }) {
  const trpc = useTRPC();
  const tokens = useQuery(trpc.accessTokens.list.queryOptions({ workspaceId }));
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Token | null>(null);

  return (
    <section aria-labelledby="tokens-heading">
      <Card>
        <CardHeader
          id="tokens-heading"
          title="API access tokens"
          description="Tokens let your servers call the Keyframe API for this workspace."
          actions={
            isAdmin && (
              <Button variant="primary" onClick={() => setCreating(true)}>
                <Plus aria-hidden />
                Create token
              </Button>
            )
          }
        />
        {tokens.isPending ? (
          <div className="p-5"><Spinner label="Loading tokens" /></div>
        ) : tokens.isError ? (
          <div className="p-5"><Alert>{errorMessage(tokens.error)}</Alert></div>
        ) : tokens.data.length === 0 ? (
          <EmptyState icon={KeyRound} title="No tokens yet" bare>
            {isAdmin ? "Create one to call the API from your servers." : "A workspace admin can create one."}
          </EmptyState>
        ) : (
          <Table aria-label="Access tokens">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Permissions</Th>
                <Th>Created</Th>
                <Th>Last used</Th>
                <Th>Status</Th>
                {isAdmin && <Th><span className="sr-only">Actions</span></Th>}
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((t) => (
                <Tr key={t.id}>
                  <Td>
                    <div className="font-medium">{t.name}</div>
                    <div className="font-mono text-[11px] text-fg-muted">{t.id}</div>
                  </Td>
                  <Td>
                    <div className="flex flex-wrap gap-1">
                      {tokenPermissions.filter((p) => t[p.key]).map((p) => (
                        <Badge key={p.key}>{p.label}</Badge>
                      ))}
                    </div>
                  </Td>
                  <Td><TimeAgo date={t.createdAt} /></Td>
                  <Td><TimeAgo date={t.lastUsedAt} /></Td>
                  <Td>
                    {t.revokedAt ? (
                      <Badge tone="danger">Revoked <TimeAgo date={t.revokedAt} /></Badge>
                    ) : (
                      <Badge tone="success" dot>Active</Badge>
                    )}
                  </Td>
                  {isAdmin && (
                    <Td className="text-right">
                      {!t.revokedAt && (
                        <Button size="sm" variant="ghost" onClick={() => setRevoking(t)} aria-label={`Revoke ${t.name}`}>
                          Revoke
                        </Button>
                      )}
                    </Td>
                  )}
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {isAdmin && <CreateTokenDialog workspaceId={workspaceId} open={creating} onClose={() => setCreating(false)} />}
      <RevokeTokenDialog workspaceId={workspaceId} token={revoking} onClose={() => setRevoking(null)} />
    </section>
  );
}

function RevokeTokenDialog({ workspaceId, token, onClose }: { workspaceId: string; token: Token | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.accessTokens.revoke.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.accessTokens.list.queryKey({ workspaceId }) });
        onClose();
      },
    }),
  );
  return (
    <ConfirmDialog
      open={token !== null}
      onClose={onClose}
      onConfirm={() => token && revoke.mutate({ workspaceId, tokenId: token.id })}
      title="Revoke token?"
      confirmLabel="Revoke token"
      mutation={revoke}
    >
      Requests signed with <strong className="text-fg">{token?.name}</strong> will be refused with 401 from now on. This cannot be undone.
    </ConfirmDialog>
  );
}

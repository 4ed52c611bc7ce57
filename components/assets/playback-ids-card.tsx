"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { useTRPC, type RouterOutputs } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { errorMessage } from "@/components/ui/error-message";
import { embedSnippet } from "./embed-snippet";
import { absoluteUrl } from "./format-media";

type PlaybackId = RouterOutputs["assets"]["get"]["playbackIds"][number];

function UrlRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span className="w-20 shrink-0 text-[12px] text-fg-muted">{label}</span>
      <code className="min-w-0 flex-1 truncate rounded bg-bg-muted px-2 py-1 font-mono text-[11px] text-fg" title={value}>{value}</code>
      <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
    </div>
  );
}

export function PlaybackIdsCard({ workspaceId, assetId, playbackIds }: { workspaceId: string; assetId: string; playbackIds: PlaybackId[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.assets.get.queryKey({ workspaceId, assetId }) });
  const create = useMutation(trpc.assets.createPlaybackId.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.assets.deletePlaybackId.mutationOptions({ onSuccess: () => { setDeleting(null); void refresh(); } }));

  return (
    <Card>
      <CardHeader
        title="Playback IDs"
        description="Each ID is a separate way to play this asset; delete one to revoke it immediately."
        actions={
          <>
            <Button size="sm" onClick={() => create.mutate({ workspaceId, assetId, policy: "public" })} pending={create.isPending && create.variables?.policy === "public"}><Plus /> Public</Button>
            <Button size="sm" onClick={() => create.mutate({ workspaceId, assetId, policy: "signed" })} pending={create.isPending && create.variables?.policy === "signed"}><Plus /> Signed</Button>
          </>
        }
      />
      {create.isError && <p className="px-5 pt-3 text-[13px] text-danger">{errorMessage(create.error)}</p>}
      {playbackIds.length === 0 ? (
        <p className="px-5 py-8 text-center text-[13px] text-fg-muted">No playback IDs: this asset cannot be played until you add one.</p>
      ) : (
        <ul className="divide-y divide-border">
          {playbackIds.map((p) => {
            const stream = absoluteUrl(p.urls.stream);
            const embed = embedSnippet(p.id);
            return (
              <li key={p.id} className="flex flex-col gap-2 px-5 py-4" data-testid="playback-id">
                <div className="flex items-center gap-2">
                  <code className="font-mono text-[13px] font-medium">{p.id}</code>
                  <Badge tone={p.policy === "signed" ? "warning" : "success"}>{p.policy}</Badge>
                  <Button variant="ghost" size="sm" className="ml-auto text-danger hover:text-danger" onClick={() => setDeleting(p.id)} aria-label={`Delete playback ID ${p.id}`}><Trash2 /> Delete</Button>
                </div>
                <UrlRow label="Stream" value={stream} />
                <UrlRow label="Thumbnail" value={absoluteUrl(p.urls.thumbnail)} />
                <UrlRow label="GIF" value={absoluteUrl(p.urls.gif)} />
                <UrlRow label="Embed" value={embed} />
                {p.policy === "signed" && <p className="text-[12px] text-fg-muted">Signed: every URL needs <code className="font-mono">?token=</code> — use the generator below.</p>}
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ workspaceId, assetId, playbackId: deleting })}
        title="Delete playback ID?"
        confirmLabel="Delete playback ID"
        mutation={remove}
      >
        Players using <code className="font-mono">{deleting}</code> stop working at once. The asset and its other playback IDs are kept.
      </ConfirmDialog>
    </Card>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { embedSnippet } from "@/components/assets/embed-snippet";
import { absoluteUrl } from "@/components/assets/format-media";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { errorMessage } from "@/components/ui/error-message";

function UrlRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span className="w-16 shrink-0 text-[12px] text-fg-muted">{label}</span>
      <code className="min-w-0 flex-1 truncate rounded bg-bg-muted px-2 py-1 font-mono text-[11px] text-fg" title={value}>{value}</code>
      <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
    </div>
  );
}

/** The stream's playback IDs: what players load (/stream/{id}.m3u8 while live), add public/signed, revoke. */
export function LivePlaybackIdsCard({ workspaceId, liveStreamId, playbackIds }: { workspaceId: string; liveStreamId: string; playbackIds: { id: string; policy: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.liveStreams.get.queryKey({ workspaceId, liveStreamId }) });
  const create = useMutation(trpc.liveStreams.createPlaybackId.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.liveStreams.deletePlaybackId.mutationOptions({ onSuccess: () => { setDeleting(null); void refresh(); } }));

  return (
    <Card>
      <CardHeader
        title="Playback IDs"
        description="Players load the live stream through these; the recording gets its own when a broadcast ends."
        actions={
          <>
            <Button size="sm" onClick={() => create.mutate({ workspaceId, liveStreamId, policy: "public" })} pending={create.isPending && create.variables?.policy === "public"}><Plus /> Public</Button>
            <Button size="sm" onClick={() => create.mutate({ workspaceId, liveStreamId, policy: "signed" })} pending={create.isPending && create.variables?.policy === "signed"}><Plus /> Signed</Button>
          </>
        }
      />
      {create.isError && <p className="px-5 pt-3 text-[13px] text-danger">{errorMessage(create.error)}</p>}
      {playbackIds.length === 0 ? (
        <p className="px-5 py-8 text-center text-[13px] text-fg-muted">No playback IDs: nobody can watch this stream until you add one.</p>
      ) : (
        <ul className="divide-y divide-border">
          {playbackIds.map((p) => (
            <li key={p.id} className="flex flex-col gap-2 px-5 py-4" data-testid="live-playback-id">
              <div className="flex items-center gap-2">
                <code className="min-w-0 truncate font-mono text-[13px] font-medium">{p.id}</code>
                <Badge tone={p.policy === "signed" ? "warning" : "success"}>{p.policy}</Badge>
                <Button variant="ghost" size="sm" className="ml-auto text-danger hover:text-danger" onClick={() => setDeleting(p.id)} aria-label={`Delete playback ID ${p.id}`}><Trash2 /> Delete</Button>
              </div>
              <UrlRow label="Stream" value={absoluteUrl(`/stream/${p.id}.m3u8`)} />
              <UrlRow label="Embed" value={embedSnippet(p.id)} />
              {p.policy === "signed" && <p className="text-[12px] text-fg-muted">Signed: players need <code className="font-mono">?token=</code> — sign one below.</p>}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ workspaceId, liveStreamId, playbackId: deleting })}
        title="Delete playback ID?"
        confirmLabel="Delete playback ID"
        mutation={remove}
      >
        Players using <code className="font-mono">{deleting}</code> stop receiving the stream. The stream and its other playback IDs are kept.
      </ConfirmDialog>
    </Card>
  );
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, CircleCheck, Pause, Play, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SignedUrlGenerator } from "@/components/assets/signed-url-generator";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { errorMessage } from "@/components/ui/error-message";
import { formatCount } from "@/components/ui/format";
import { Spinner } from "@/components/ui/spinner";
import { EditLiveStreamDialog } from "./edit-live-stream-dialog";
import { IngestCard } from "./ingest-card";
import { LiveHealthCard } from "./live-health-card";
import { LivePlaybackIdsCard } from "./live-playback-ids-card";
import { LivePreview } from "./live-preview";
import { LiveStreamSettingsCard } from "./live-stream-settings-card";
import { LiveStreamStatusBadge } from "./live-stream-status-badge";
import { RecordingsCard } from "./recordings-card";
import { SessionsCard } from "./sessions-card";
import { SimulcastTargetsCard } from "./simulcast-targets-card";

type Confirm = "disable" | "complete" | "delete" | null;

/** The stream page: status and controls, preview, health (every 2 s while live), ingest, playback, simulcast, recordings. */
export function LiveStreamDetail({ workspaceId, liveStreamId }: { workspaceId: string; liveStreamId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [editing, setEditing] = useState(false);
  const [signedSrc, setSignedSrc] = useState<string | null>(null);
  const details = useQuery(
    trpc.liveStreams.get.queryOptions({ workspaceId, liveStreamId }, { refetchInterval: (q) => (q.state.data?.liveStream.status === "active" ? 2000 : 5000) }),
  );
  const refresh = async () => {
    setConfirm(null);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.liveStreams.get.queryKey({ workspaceId, liveStreamId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.liveStreams.list.queryKey() }),
    ]);
  };
  const enable = useMutation(trpc.liveStreams.enable.mutationOptions({ onSuccess: refresh }));
  const disable = useMutation(trpc.liveStreams.disable.mutationOptions({ onSuccess: refresh }));
  const complete = useMutation(trpc.liveStreams.complete.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.liveStreams.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.liveStreams.list.queryKey() });
        router.push(`/w/${workspaceId}/live-streams`);
      },
    }),
  );

  if (details.isPending) return <Spinner label="Loading live stream" />;
  if (details.isError) return <Alert>{errorMessage(details.error)}</Alert>;
  const { liveStream: stream, viewerCount, health, ingest, simulcastTargets, sessions, recordings } = details.data;
  const active = stream.status === "active";
  const reconnecting = active && !stream.active_ingest_protocol;
  const publicId = stream.playback_ids.find((p) => p.policy === "public");
  const signedIds = stream.playback_ids.filter((p) => p.policy === "signed").map((p) => p.id);
  const src = signedSrc ?? (publicId ? `/stream/${publicId.id}.m3u8` : null);
  const title = stream.passthrough || "Live stream";
  const toggle = stream.status === "disabled" ? enable : disable;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <Link href={`/w/${workspaceId}/live-streams`} className="mb-2 inline-flex items-center gap-1 text-[12px] text-fg-muted hover:text-fg"><ArrowLeft className="size-3.5" aria-hidden /> Live streams</Link>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="truncate text-xl font-semibold tracking-tight">{title}</h1>
            <span data-testid="live-status"><LiveStreamStatusBadge status={stream.status} reconnecting={reconnecting} /></span>
            {active && <Badge tone="info" className="tabular-nums"><span data-testid="viewer-count">{formatCount(viewerCount, "viewer")}</span></Badge>}
          </div>
          <div className="mt-1 flex items-center gap-1 font-mono text-[12px] text-fg-muted">
            {stream.id}
            <CopyButton value={stream.id} label="Copy live stream ID" className="size-6" />
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {stream.status === "disabled" ? (
            <Button onClick={() => enable.mutate({ workspaceId, liveStreamId })} pending={enable.isPending}><Play /> Enable</Button>
          ) : (
            <Button onClick={() => (active ? setConfirm("disable") : disable.mutate({ workspaceId, liveStreamId }))} pending={disable.isPending && confirm === null}><Pause /> Disable</Button>
          )}
          {active && <Button onClick={() => setConfirm("complete")}><CircleCheck /> Complete</Button>}
          <Button variant="danger" onClick={() => setConfirm("delete")}><Trash2 /> Delete</Button>
        </div>
      </div>
      {toggle.isError && confirm === null && <Alert>{errorMessage(toggle.error)}</Alert>}
      {stream.status === "disabled" && <Alert tone="warning">Disabled: publishers are refused until you enable the stream again.</Alert>}

      <div className="grid gap-6 lg:grid-cols-3 [&>*]:min-w-0">
        <Card className="p-4 lg:col-span-2">
          <LivePreview src={src} live={active} reconnecting={reconnecting} signedOnly={!publicId && signedIds.length > 0} title={title} />
        </Card>
        {/* Health only while a publisher is connected: a finished broadcast's last sample is not current. */}
        <LiveHealthCard health={active && !reconnecting ? health : null} reconnecting={reconnecting} />
      </div>

      <IngestCard workspaceId={workspaceId} liveStreamId={stream.id} streamKey={stream.stream_key} ingest={ingest} latencyMode={stream.latency_mode} />

      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <LivePlaybackIdsCard workspaceId={workspaceId} liveStreamId={stream.id} playbackIds={stream.playback_ids} />
        <SimulcastTargetsCard workspaceId={workspaceId} liveStreamId={stream.id} targets={simulcastTargets} active={active} />
      </div>
      {signedIds.length > 0 && <SignedUrlGenerator workspaceId={workspaceId} playbackIds={signedIds} onPlay={setSignedSrc} />}

      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <RecordingsCard workspaceId={workspaceId} recordings={recordings} recordingEnabled={Boolean(stream.new_asset_settings)} />
        <SessionsCard sessions={sessions} />
      </div>
      <LiveStreamSettingsCard stream={stream} onEdit={() => setEditing(true)} />

      {editing && (
        <EditLiveStreamDialog
          workspaceId={workspaceId}
          liveStreamId={stream.id}
          initial={{ latencyMode: stream.latency_mode, reconnectWindow: stream.reconnect_window, maxContinuousDuration: stream.max_continuous_duration, playbackPolicy: publicId ? "public" : "signed", record: Boolean(stream.new_asset_settings) }}
          initialPassthrough={stream.passthrough ?? ""}
          onClose={() => setEditing(false)}
        />
      )}
      <ConfirmDialog open={confirm === "disable"} onClose={() => setConfirm(null)} onConfirm={() => disable.mutate({ workspaceId, liveStreamId })} title="Disable this live stream?" confirmLabel="Disable" mutation={disable}>
        The broadcast ends at once (its recording becomes an asset) and the publisher is disconnected. New connections are refused until you enable the stream again.
      </ConfirmDialog>
      <ConfirmDialog open={confirm === "complete"} onClose={() => setConfirm(null)} onConfirm={() => complete.mutate({ workspaceId, liveStreamId })} title="Complete the broadcast?" confirmLabel="Complete" mutation={complete}>
        The publisher is disconnected and the broadcast ends at once, without waiting for the reconnect window; its recording becomes an asset. The stream stays usable for the next broadcast.
      </ConfirmDialog>
      <ConfirmDialog open={confirm === "delete"} onClose={() => setConfirm(null)} onConfirm={() => remove.mutate({ workspaceId, liveStreamId })} title="Delete this live stream?" confirmLabel="Delete live stream" mutation={remove}>
        The stream, its key, playback IDs and simulcast targets are deleted for good. A broadcast in progress is cut off and its unfinished recording discarded; earlier recordings stay as assets.
      </ConfirmDialog>
    </div>
  );
}

"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { ArrowLeft, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { errorMessage } from "@/components/ui/error-message";
import { Spinner } from "@/components/ui/spinner";
import { AssetDetailsCard } from "./asset-details-card";
import { AssetPreviews } from "./asset-previews";
import { AssetStatusBadge } from "./asset-status-badge";
import { AssetPlayer } from "./asset-player";
import { LadderChart } from "./ladder-chart";
import { PlaybackIdsCard } from "./playback-ids-card";
import { RenditionsTable } from "./renditions-table";
import { SignedUrlGenerator } from "./signed-url-generator";

export function AssetDetail({ workspaceId, assetId }: { workspaceId: string; assetId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [signedSrc, setSignedSrc] = useState<string | null>(null);
  const details = useQuery(
    trpc.assets.get.queryOptions({ workspaceId, assetId }, { refetchInterval: (q) => (q.state.data?.asset.status === "preparing" ? 1500 : false) }),
  );
  const remove = useMutation(trpc.assets.delete.mutationOptions({ onSuccess: () => router.push(`/w/${workspaceId}/assets`) }));

  if (details.isPending) return <Spinner label="Loading asset" />;
  if (details.isError) return <Alert>{errorMessage(details.error)}</Alert>;
  const { asset, renditions, playbackIds } = details.data;
  const publicId = playbackIds.find((p) => p.policy === "public");
  const signedIds = playbackIds.filter((p) => p.policy === "signed").map((p) => p.id);
  const hls = renditions.filter((r) => r.kind === "hls");
  const playable = asset.status === "ready" || hls.some((r) => r.status === "ready");
  const src = signedSrc ?? (publicId && playable ? publicId.urls.stream : null);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <Link href={`/w/${workspaceId}/assets`} className="mb-2 inline-flex items-center gap-1 text-[12px] text-fg-muted hover:text-fg"><ArrowLeft className="size-3.5" aria-hidden /> Assets</Link>
          <div className="flex items-center gap-3">
            <h1 className="truncate text-xl font-semibold tracking-tight">{asset.meta.title || "Untitled asset"}</h1>
            <AssetStatusBadge status={asset.status} percent={asset.progress.percent} />
          </div>
          <div className="mt-1 flex items-center gap-1 font-mono text-[12px] text-fg-muted">
            {asset.id}
            <CopyButton value={asset.id} label="Copy asset ID" className="size-6" />
          </div>
        </div>
        <Button variant="danger" onClick={() => setConfirming(true)}><Trash2 /> Delete asset</Button>
      </div>

      {asset.status === "preparing" && (
        <Card className="px-5 py-4">
          <div className="mb-2 flex items-center justify-between text-[13px]">
            <span className="font-medium capitalize">{asset.progress.state}…</span>
            <span className="tabular-nums text-fg-muted">{Math.round(asset.progress.percent)}%</span>
          </div>
          <div className="h-2 overflow-hidden rounded-full bg-bg-muted" role="progressbar" aria-label="Processing progress" aria-valuenow={Math.round(asset.progress.percent)} aria-valuemin={0} aria-valuemax={100}>
            <div className="h-full rounded-full bg-accent transition-[width] duration-500" style={{ width: `${asset.progress.percent}%` }} />
          </div>
        </Card>
      )}
      {asset.status === "errored" && asset.errors && <Alert>{asset.errors.messages.join(" ")}</Alert>}

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="p-4 lg:col-span-2">
          <AssetPlayer src={src} playbackId={signedSrc ? undefined : publicId?.id} title={asset.meta.title || undefined} poster={publicId && asset.status === "ready" && !signedSrc ? `${publicId.urls.thumbnail}?width=960` : undefined} />
        </Card>
        <AssetDetailsCard details={details.data} />
      </div>

      <div className="grid gap-6 2xl:grid-cols-5">
        <Card className="2xl:col-span-3">
          <CardHeader title="Renditions" description={`${hls.filter((r) => r.status === "ready").length} of ${hls.length} HLS renditions ready`} />
          {renditions.length ? <RenditionsTable renditions={renditions} /> : <p className="px-5 py-8 text-center text-[13px] text-fg-muted">Renditions appear once the ladder is planned.</p>}
        </Card>
        <Card className="2xl:col-span-2">
          <CardHeader title="Ladder" description="Bitrate per rendition (kbps)" />
          <LadderChart renditions={hls} />
        </Card>
      </div>

      <PlaybackIdsCard workspaceId={workspaceId} assetId={asset.id} playbackIds={playbackIds} />
      <SignedUrlGenerator workspaceId={workspaceId} playbackIds={signedIds} onPlay={setSignedSrc} />
      {publicId && asset.status === "ready" && asset.hasVideo && <AssetPreviews thumbnailUrl={publicId.urls.thumbnail} gifUrl={publicId.urls.gif} duration={asset.duration} />}

      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate({ workspaceId, assetId })}
        title="Delete this asset?"
        confirmLabel="Delete asset"
        mutation={remove}
      >
        The asset, its renditions, images and playback IDs are deleted for good. Players using it stop working.
      </ConfirmDialog>
    </div>
  );
}

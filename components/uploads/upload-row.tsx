"use client";

import { useQuery } from "@tanstack/react-query";
import { Pause, Play, X } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatEta, formatFileSize, formatSpeed } from "./format-transfer";
import type { UploadItem } from "./use-file-uploads";

const labels: Record<UploadItem["status"], [string, BadgeTone]> = {
  creating: ["Starting", "neutral"],
  uploading: ["Uploading", "info"],
  paused: ["Paused", "warning"],
  processing: ["Creating asset", "accent"],
  error: ["Failed", "danger"],
  cancelled: ["Cancelled", "neutral"],
};

/** One file being uploaded: progress bar, speed, ETA, pause/resume, cancel, then a link to its asset. */
export function UploadRow(props: { workspaceId: string; item: UploadItem; onPause(): void; onResume(): void; onCancel(): void }) {
  const { item, workspaceId } = props;
  const trpc = useTRPC();
  // Once the bytes are in, poll the upload until it has turned into an asset.
  const upload = useQuery({
    ...trpc.uploads.get.queryOptions({ workspaceId, uploadId: item.uploadId ?? "" }),
    enabled: item.status === "processing" && Boolean(item.uploadId) && !item.assetId,
    refetchInterval: (q) => (q.state.data?.asset_id || q.state.data?.status === "errored" ? false : 1000),
  });
  const assetId = item.assetId ?? upload.data?.asset_id;
  const failed = upload.data?.status === "errored" ? upload.data.error?.messages.join("; ") : item.error;
  const [label, tone] = assetId ? (["Asset created", "success"] as const) : failed ? (["Failed", "danger"] as const) : labels[item.status];
  const percent = Math.round(item.percent);
  const active = item.status === "uploading" || item.status === "paused";

  return (
    <li className="flex flex-col gap-2 px-5 py-3.5" aria-label={`Upload of ${item.name}`}>
      <div className="flex flex-wrap items-center gap-3">
        <span className="min-w-0 flex-1 truncate font-medium text-fg" title={item.name}>{item.name}</span>
        <span className="text-xs text-fg-muted tabular-nums">{formatFileSize(item.size)}</span>
        <Badge tone={tone} dot>{label}</Badge>
        {item.status === "uploading" && item.uploadId && (
          <Button size="icon" variant="ghost" onClick={props.onPause} aria-label={`Pause ${item.name}`}><Pause /></Button>
        )}
        {item.status === "paused" && (
          <Button size="icon" variant="ghost" onClick={props.onResume} aria-label={`Resume ${item.name}`}><Play /></Button>
        )}
        {(active || item.status === "creating") && (
          <Button size="icon" variant="ghost" onClick={props.onCancel} aria-label={`Cancel ${item.name}`}><X /></Button>
        )}
      </div>
      <div
        role="progressbar"
        aria-label={`${item.name} upload progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-1.5 overflow-hidden rounded-full bg-bg-muted"
      >
        <div className={`h-full rounded-full transition-[width] ${failed ? "bg-danger" : "bg-accent"}`} style={{ width: `${percent}%` }} />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 text-xs text-fg-muted tabular-nums">
        <span data-testid="upload-percent">{percent}%</span>
        {item.status === "uploading" && <span>{formatSpeed(item.speed)}</span>}
        {item.status === "uploading" && <span>{formatEta(item.eta)} left</span>}
        {failed && <span className="text-danger">{failed}</span>}
        {assetId && (
          <Link href={`/w/${workspaceId}/assets/${assetId}`} className="font-medium text-accent hover:underline">
            View asset {assetId}
          </Link>
        )}
      </div>
    </li>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Eye, EyeOff, RefreshCw } from "lucide-react";
import { useState, type ReactNode } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import type { LiveLatencyMode } from "@/server/db/schema/live";
import { ObsSettingsHint } from "./obs-settings-hint";

const mask = (key: string) => "•".repeat(Math.min(24, Math.max(8, key.length)));

function IngestRow({ label, value, shown, testId, children }: { label: string; value: string; shown: string; testId: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-2">
      <span className="w-28 shrink-0 text-[12px] text-fg-muted">{label}</span>
      <div className="flex min-w-0 flex-1 items-center gap-1">
        <code className="min-w-0 flex-1 truncate rounded bg-bg-muted px-2 py-1 font-mono text-[12px] text-fg" title={shown} data-testid={testId}>{shown}</code>
        <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
        {children}
      </div>
    </div>
  );
}

/**
 * Where the encoder sends the stream, as OBS asks for it: the RTMP server URL and the stream key
 * (masked until revealed; copy works either way), RTMPS when configured, and SRT with the key
 * in `streamid`. Resetting the key refuses the old one from then on.
 */
export function IngestCard({ workspaceId, liveStreamId, streamKey, ingest, latencyMode }: {
  workspaceId: string;
  liveStreamId: string;
  streamKey: string;
  ingest: { rtmp_url: string; rtmps_url?: string; srt_url: string };
  latencyMode: LiveLatencyMode;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [revealed, setRevealed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const reset = useMutation(
    trpc.liveStreams.resetStreamKey.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await queryClient.invalidateQueries({ queryKey: trpc.liveStreams.get.queryKey({ workspaceId, liveStreamId }) });
      },
    }),
  );
  const hideKey = (url: string) => (revealed ? url : url.split(encodeURIComponent(streamKey)).join(mask(streamKey)));

  return (
    <Card>
      <CardHeader title="Ingest" description="Point OBS, vMix, a hardware encoder or ffmpeg here. The stream key is a secret: anyone with it can broadcast." />
      <div className="flex flex-col gap-3 px-5 py-4">
        <IngestRow label="RTMP server" value={ingest.rtmp_url} shown={ingest.rtmp_url} testId="ingest-rtmp-url" />
        <IngestRow label="Stream key" value={streamKey} shown={revealed ? streamKey : mask(streamKey)} testId="stream-key">
          <Button variant="ghost" size="icon" className="size-7" onClick={() => setRevealed((r) => !r)} aria-label={revealed ? "Hide stream key" : "Reveal stream key"} aria-pressed={revealed}>
            {revealed ? <EyeOff /> : <Eye />}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}><RefreshCw /> Reset</Button>
        </IngestRow>
        {ingest.rtmps_url && <IngestRow label="RTMPS server" value={ingest.rtmps_url} shown={ingest.rtmps_url} testId="ingest-rtmps-url" />}
        <IngestRow label="SRT URL" value={ingest.srt_url} shown={hideKey(ingest.srt_url)} testId="ingest-srt-url" />
        <ObsSettingsHint latencyMode={latencyMode} rtmpUrl={ingest.rtmp_url} />
      </div>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => reset.mutate({ workspaceId, liveStreamId })}
        title="Reset the stream key?"
        confirmLabel="Reset stream key"
        mutation={reset}
      >
        A new key is generated and the current one stops working for new connections at once. A publisher already live keeps going; update your encoder before the next broadcast.
      </ConfirmDialog>
    </Card>
  );
}

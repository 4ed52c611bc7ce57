import type { Metadata } from "next";
import { LiveStreamDetail } from "@/components/live/live-stream-detail";

export const metadata: Metadata = { title: "Live stream" };

// GET /w/:workspaceId/live-streams/:liveStreamId – ingest URLs and key, health, preview, playback, simulcast, recordings
export default async function LiveStreamPage({ params }: { params: Promise<{ workspaceId: string; liveStreamId: string }> }) {
  const { workspaceId, liveStreamId } = await params;
  return <LiveStreamDetail workspaceId={workspaceId} liveStreamId={liveStreamId} />;
}

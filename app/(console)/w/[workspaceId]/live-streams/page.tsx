import type { Metadata } from "next";
import { PageHeader } from "@/components/console/page-header";
import { LiveStreamList } from "@/components/live/live-stream-list";

export const metadata: Metadata = { title: "Live streams" };

// GET /w/:workspaceId/live-streams – the workspace's live streams, status refreshing while any is live
export default async function LiveStreamsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  return (
    <>
      <PageHeader
        title="Live streams"
        description={
          <>
            RTMP and SRT in, low-latency HLS out, recorded to assets. Also over the API at <code className="font-mono text-xs">/video/v1/live-streams</code>.
          </>
        }
      />
      <LiveStreamList workspaceId={workspaceId} />
    </>
  );
}

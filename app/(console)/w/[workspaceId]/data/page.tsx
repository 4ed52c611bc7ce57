import type { Metadata } from "next";
import { PageHeader } from "@/components/console/page-header";
import { DataPage } from "@/components/data/data-page";

export const metadata: Metadata = { title: "Data" };

// GET /w/:workspaceId/data – Video Data: quality of experience of every view, with drill-down
export default async function Page({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  return (
    <>
      <PageHeader title="Data" description="How playback went for every viewer: startup, rebuffering, quality, failures and the Mux-style scores." />
      <DataPage workspaceId={workspaceId} />
    </>
  );
}

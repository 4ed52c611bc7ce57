import type { Metadata } from "next";
import { AssetList } from "@/components/assets/asset-list";
import { PageHeader } from "@/components/console/page-header";

export const metadata: Metadata = { title: "Assets" };

// GET /w/:workspaceId/assets – the workspace's assets, searchable, live while any is preparing
export default async function AssetsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  return (
    <>
      <PageHeader title="Assets" description="Every video and audio file in this workspace. Processing assets update live." />
      <AssetList workspaceId={workspaceId} />
    </>
  );
}

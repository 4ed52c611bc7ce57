import type { Metadata } from "next";
import { AssetDetail } from "@/components/assets/asset-detail";

export const metadata: Metadata = { title: "Asset" };

// GET /w/:workspaceId/assets/:assetId – player, renditions, ladder, playback IDs, signed URLs
export default async function AssetPage({ params }: { params: Promise<{ workspaceId: string; assetId: string }> }) {
  const { workspaceId, assetId } = await params;
  return <AssetDetail workspaceId={workspaceId} assetId={assetId} />;
}

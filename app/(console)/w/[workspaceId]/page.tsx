import { redirect } from "next/navigation";

// GET /w/:workspaceId – a workspace opens on its assets
export default async function WorkspaceHome({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  redirect(`/w/${workspaceId}/assets`);
}

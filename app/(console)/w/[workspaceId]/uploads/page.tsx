import type { Metadata } from "next";
import { PageHeader } from "@/components/console/page-header";
import { UploadPage } from "@/components/uploads/upload-page";

export const metadata: Metadata = { title: "Uploads" };

// GET /w/:workspaceId/uploads – upload files from the browser; each becomes an asset
export default async function Page({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  return (
    <>
      <PageHeader
        title="Uploads"
        description={
          <>
            Files go straight to Keyframe in resumable chunks, as <code className="font-mono text-xs">POST /video/v1/uploads</code> and @mux/upchunk do.
          </>
        }
      />
      <UploadPage workspaceId={workspaceId} />
    </>
  );
}

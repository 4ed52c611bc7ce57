"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { RecentUploadsTable } from "./recent-uploads-table";
import { UploadDropzone } from "./upload-dropzone";
import { UploadRow } from "./upload-row";
import { useFileUploads } from "./use-file-uploads";

/** The console's upload page: drop files, watch each one upload and turn into an asset. */
export function UploadPage({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const uploadthing = useQuery(trpc.uploads.uploadthingEnabled.queryOptions({ workspaceId }));
  const [viaUploadthing, setViaUploadthing] = useState(false);
  const { items, addFiles, pause, resume, cancel } = useFileUploads(workspaceId, { viaUploadthing: viaUploadthing && uploadthing.data === true });
  const queryClient = useQueryClient();
  const settled = items.filter((i) => i.status === "processing" || i.status === "cancelled").length;
  useEffect(() => {
    // A file finished or was cancelled: the uploads list changed.
    void queryClient.invalidateQueries({ queryKey: trpc.uploads.list.queryKey() });
  }, [settled, queryClient, trpc]);

  return (
    <div className="flex flex-col gap-6">
      <UploadDropzone onFiles={addFiles} />
      {uploadthing.data && (
        <Checkbox id="via-uploadthing" label="Send files through uploadthing" hint="Files go to uploadthing first and are then ingested from their uploadthing URL." checked={viaUploadthing} onChange={setViaUploadthing} />
      )}
      {items.length > 0 && (
        <Card>
          <ul className="divide-y divide-border" aria-label="Files uploading">
            {items.map((item) => (
              <UploadRow
                key={item.key}
                workspaceId={workspaceId}
                item={item}
                onPause={() => pause(item.key)}
                onResume={() => resume(item.key)}
                onCancel={() => void cancel(item)}
              />
            ))}
          </ul>
        </Card>
      )}
      <RecentUploadsTable workspaceId={workspaceId} />
    </div>
  );
}

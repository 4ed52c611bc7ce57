import { updateAssetProgress } from "@/server/assets/update-asset-progress";
import { upsertRendition } from "@/server/assets/upsert-rendition";
import { getMediaJob } from "@/server/media/get-media-job";

/** Copies a running media job's percent (written by the worker) onto the renditions it is encoding. */
export async function syncRenditionProgress(input: { assetId: string; workspaceId: string; jobId: string; renditions: string[] }): Promise<void> {
  const job = await getMediaJob({ jobId: input.jobId }).catch(() => null);
  if (!job || !input.renditions.length) return;
  const percent = Math.round(job.progress);
  const { assetId, workspaceId } = input;
  if (job.status !== "succeeded") {
    for (const name of input.renditions) await upsertRendition({ assetId, workspaceId, kind: "hls", name, fields: { progress: percent } });
  }
  await updateAssetProgress({ assetId, workspaceId, state: "transcoding", renditions: Object.fromEntries(input.renditions.map((n) => [n, percent])) });
}

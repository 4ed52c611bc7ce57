import { and, eq, inArray } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { assets, mediaJobs } from "@/server/db/schema";
import { cancelMediaJob } from "@/server/media/cancel-media-job";
import { getStorage } from "@/server/storage/get-storage";
import { assetStorageKeys } from "./asset-storage-keys";
import { emitAssetEvent } from "./emit-asset-event";
import { getAssetOrThrow } from "./get-asset-or-throw";

/**
 * Deletes an asset: cancels its unfinished media jobs (correlationId = asset id), removes its rows
 * (renditions and playback IDs cascade) and every stored file, its uploaded source included, then
 * emits video/asset.deleted so running workflows can stop.
 */
export async function deleteAsset(input: { assetId: string; workspaceId: string }): Promise<void> {
  const asset = await getAssetOrThrow(input);
  const db = await getDb();
  const jobs = await db
    .select({ id: mediaJobs.id })
    .from(mediaJobs)
    .where(and(eq(mediaJobs.correlationId, asset.id), inArray(mediaJobs.status, ["queued", "running"])));
  for (const job of jobs) await cancelMediaJob({ jobId: job.id });

  await db.delete(assets).where(and(eq(assets.id, asset.id), eq(assets.workspaceId, asset.workspaceId)));
  const storage = getStorage();
  await storage.deletePrefix(assetStorageKeys.prefix(asset.id));
  if (asset.sourceKey && !asset.sourceKey.startsWith(assetStorageKeys.prefix(asset.id))) {
    // An uploaded source lives under uploads/{id}/; clips point at another asset's files, keep those.
    if (asset.uploadId && asset.sourceKey.startsWith(`uploads/${asset.uploadId}/`)) await storage.delete(asset.sourceKey);
  }
  await emitAssetEvent(events.assetDeleted, asset);
}

import { and, eq } from "drizzle-orm";
import { events } from "@/inngest/events";
import { createAsset } from "@/server/assets/create-asset";
import { uploadStorageKeys } from "@/server/assets/asset-storage-keys";
import { getDb } from "@/server/db/client";
import { uploads } from "@/server/db/schema";
import { AppError, toPublicError } from "@/server/errors";
import { getStorage } from "@/server/storage/get-storage";
import { emitUploadEvent } from "./emit-upload-event";
import { removeUploadStaging } from "./remove-upload-staging";
import { uploadStagingFile } from "./upload-staging-file";

type Upload = typeof uploads.$inferSelect;

/**
 * The last byte arrived: copies the file to uploads/{id}/data, then waiting → asset_created and
 * creates the asset from new_asset_settings (which starts processing). A cancelled or timed-out
 * upload loses the race and its copy is dropped.
 */
export async function completeUpload(upload: Upload, size: number): Promise<Upload> {
  const sourceKey = uploadStorageKeys.data(upload.id);
  await getStorage().put(sourceKey, { file: uploadStagingFile(upload.id) });
  const db = await getDb();
  const [claimed] = await db
    .update(uploads)
    .set({ status: "asset_created", bytesReceived: size, totalSize: size, storageKey: sourceKey })
    .where(and(eq(uploads.id, upload.id), eq(uploads.status, "waiting")))
    .returning();
  await removeUploadStaging(upload.id);
  if (!claimed) {
    await getStorage().delete(sourceKey);
    const current = await db.query.uploads.findFirst({ where: eq(uploads.id, upload.id) });
    throw new AppError({ code: "conflict", message: `This upload is ${current?.status ?? "gone"} and can no longer complete` });
  }
  try {
    const asset = await createAsset({
      workspaceId: upload.workspaceId,
      settings: upload.newAssetSettings,
      upload: { id: upload.id, sourceKey, sourceSize: size },
    });
    const [done] = await db.update(uploads).set({ assetId: asset.id }).where(eq(uploads.id, upload.id)).returning();
    await emitUploadEvent(events.uploadAssetCreated, done!);
    return done!;
  } catch (error) {
    const reason = toPublicError(error).message;
    const [failed] = await db
      .update(uploads)
      .set({ status: "errored", error: { type: "invalid_input", messages: [`Could not create the asset: ${reason}`] } })
      .where(eq(uploads.id, upload.id))
      .returning();
    return failed!;
  }
}

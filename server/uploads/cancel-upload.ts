import { and, eq } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { uploads } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { emitUploadEvent } from "./emit-upload-event";
import { getUploadOrThrow } from "./get-upload-or-throw";
import { removeUploadStaging } from "./remove-upload-staging";

/**
 * waiting → cancelled: the upload URL refuses further bytes and what arrived is dropped. A transfer
 * still running when this lands finishes writing but can no longer complete into an asset.
 */
export async function cancelUpload(input: { uploadId: string; workspaceId: string }) {
  const upload = await getUploadOrThrow(input);
  if (upload.status === "cancelled") return upload;
  if (upload.status !== "waiting") {
    throw new AppError({ code: "conflict", message: `Only a waiting upload can be cancelled; this one is ${upload.status}` });
  }
  const db = await getDb();
  const [cancelled] = await db
    .update(uploads)
    .set({ status: "cancelled" })
    .where(and(eq(uploads.id, upload.id), eq(uploads.status, "waiting")))
    .returning();
  if (!cancelled) return cancelUpload(input); // it changed under us: answer for its new state
  await removeUploadStaging(upload.id);
  await emitUploadEvent(events.uploadCancelled, cancelled);
  return cancelled;
}

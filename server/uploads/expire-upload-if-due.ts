import { and, eq } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { uploads } from "@/server/db/schema";
import { emitUploadEvent } from "./emit-upload-event";
import { removeUploadStaging } from "./remove-upload-staging";

type Upload = typeof uploads.$inferSelect;

/**
 * waiting → timed_out once expiresAt has passed. Called on every access, so the timeout holds even
 * between sweeps of video-uploads-time-out; returns the upload as it now is.
 */
export async function expireUploadIfDue(upload: Upload, now = new Date()): Promise<Upload> {
  if (upload.status !== "waiting" || upload.expiresAt > now) return upload;
  const db = await getDb();
  const [expired] = await db
    .update(uploads)
    .set({ status: "timed_out", error: { type: "timed_out", messages: [`The upload was not completed within ${upload.timeoutSeconds} seconds`] } })
    .where(and(eq(uploads.id, upload.id), eq(uploads.status, "waiting")))
    .returning();
  if (!expired) return (await db.query.uploads.findFirst({ where: eq(uploads.id, upload.id) })) ?? upload;
  await removeUploadStaging(upload.id);
  await emitUploadEvent(events.uploadTimedOut, expired);
  return expired;
}

import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { uploads } from "@/server/db/schema";
import { notFound } from "@/server/errors";
import { expireUploadIfDue } from "./expire-upload-if-due";

/** The tenant-checked lookup: another workspace's upload is "not found". An overdue upload reads as timed_out. */
export async function getUploadOrThrow(input: { uploadId: string; workspaceId: string }) {
  const db = await getDb();
  const upload = await db.query.uploads.findFirst({ where: and(eq(uploads.id, input.uploadId), eq(uploads.workspaceId, input.workspaceId)) });
  if (!upload) throw notFound("Upload");
  return expireUploadIfDue(upload);
}

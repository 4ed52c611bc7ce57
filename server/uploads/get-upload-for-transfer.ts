import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { uploads } from "@/server/db/schema";
import { notFound } from "@/server/errors";
import { expireUploadIfDue } from "./expire-upload-if-due";

/** The upload an upload URL names. The unguessable id is the credential, so there is no workspace check. */
export async function getUploadForTransfer(uploadId: string) {
  const db = await getDb();
  const upload = await db.query.uploads.findFirst({ where: eq(uploads.id, uploadId) });
  if (!upload) throw notFound("Upload");
  return expireUploadIfDue(upload);
}

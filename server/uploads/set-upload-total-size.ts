import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { uploads } from "@/server/db/schema";

/** Records the file size a client announced (Content-Range total or tus Upload-Length). */
export async function setUploadTotalSize(uploadId: string, totalSize: number): Promise<void> {
  const db = await getDb();
  await db.update(uploads).set({ totalSize }).where(eq(uploads.id, uploadId));
}

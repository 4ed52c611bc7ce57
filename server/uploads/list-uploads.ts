import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { uploads } from "@/server/db/schema";
import { expireUploadIfDue } from "./expire-upload-if-due";

/** A workspace's uploads, newest first, a page at a time. */
export async function listUploads(input: { workspaceId: string; limit: number; page: number }) {
  const db = await getDb();
  const rows = await db.query.uploads.findMany({
    where: eq(uploads.workspaceId, input.workspaceId),
    orderBy: [desc(uploads.createdAt), desc(uploads.id)],
    limit: input.limit,
    offset: (input.page - 1) * input.limit,
  });
  const [total] = await db.select({ n: count() }).from(uploads).where(eq(uploads.workspaceId, input.workspaceId));
  return { uploads: await Promise.all(rows.map((row) => expireUploadIfDue(row))), total: total?.n ?? 0 };
}

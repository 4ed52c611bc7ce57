import { and, eq, lte } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { uploads } from "@/server/db/schema";
import { expireUploadIfDue } from "./expire-upload-if-due";

/** Marks every waiting upload past its expiresAt as timed_out; returns how many. */
export async function timeOutExpiredUploads(now = new Date()): Promise<number> {
  const db = await getDb();
  const due = await db.query.uploads.findMany({ where: and(eq(uploads.status, "waiting"), lte(uploads.expiresAt, now)), limit: 500 });
  let expired = 0;
  for (const upload of due) if ((await expireUploadIfDue(upload, now)).status === "timed_out") expired++;
  return expired;
}

import { desc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { signingKeys } from "@/server/db/schema";

/** The workspace's signing keys, newest first. */
export async function listSigningKeys(input: { workspaceId: string; limit?: number; page?: number }) {
  const limit = Math.min(Math.max(input.limit ?? 25, 1), 100);
  const page = Math.max(input.page ?? 1, 1);
  const db = await getDb();
  return db.select().from(signingKeys).where(eq(signingKeys.workspaceId, input.workspaceId)).orderBy(desc(signingKeys.createdAt)).limit(limit).offset((page - 1) * limit);
}

import { desc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { accessTokens } from "@/server/db/schema";

export async function listAccessTokens(input: { workspaceId: string }) {
  const db = await getDb();
  return db
    .select({
      id: accessTokens.id,
      name: accessTokens.name,
      videoRead: accessTokens.videoRead,
      videoWrite: accessTokens.videoWrite,
      dataRead: accessTokens.dataRead,
      system: accessTokens.system,
      lastUsedAt: accessTokens.lastUsedAt,
      revokedAt: accessTokens.revokedAt,
      createdAt: accessTokens.createdAt,
    })
    .from(accessTokens)
    .where(eq(accessTokens.workspaceId, input.workspaceId))
    .orderBy(desc(accessTokens.createdAt));
}

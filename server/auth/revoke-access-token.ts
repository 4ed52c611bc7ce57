import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { accessTokens } from "@/server/db/schema";
import { notFound } from "@/server/errors";

export async function revokeAccessToken(input: { workspaceId: string; tokenId: string }) {
  const db = await getDb();
  const [row] = await db
    .update(accessTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(accessTokens.id, input.tokenId), eq(accessTokens.workspaceId, input.workspaceId), isNull(accessTokens.revokedAt)))
    .returning({ id: accessTokens.id });
  if (!row) throw notFound("Access token");
}

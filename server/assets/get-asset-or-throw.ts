import { and, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import { notFound } from "@/server/errors";

/** The tenant-checked lookup: another workspace's asset is "not found". */
export async function getAssetOrThrow(input: { assetId: string; workspaceId: string }, tx?: Tx) {
  const db = tx ?? (await getDb());
  const asset = await db.query.assets.findFirst({ where: and(eq(assets.id, input.assetId), eq(assets.workspaceId, input.workspaceId)) });
  if (!asset) throw notFound("Asset");
  return asset;
}

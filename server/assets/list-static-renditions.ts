import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assetRenditions } from "@/server/db/schema";
import { getAssetOrThrow } from "./get-asset-or-throw";

/** An asset's static (MP4/M4A) renditions, oldest first. */
export async function listStaticRenditions(input: { assetId: string; workspaceId: string }) {
  const asset = await getAssetOrThrow(input);
  const db = await getDb();
  return db
    .select()
    .from(assetRenditions)
    .where(and(eq(assetRenditions.assetId, asset.id), eq(assetRenditions.kind, "mp4")))
    .orderBy(asc(assetRenditions.createdAt));
}

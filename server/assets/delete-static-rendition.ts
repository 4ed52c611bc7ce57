import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assetRenditions } from "@/server/db/schema";
import { notFound } from "@/server/errors";
import { getStorage } from "@/server/storage/get-storage";
import { getAssetOrThrow } from "./get-asset-or-throw";

/** DELETE …/static-renditions/{id}: removes the rendition and its file; /stream/… then answers 404. */
export async function deleteStaticRendition(input: { assetId: string; workspaceId: string; staticRenditionId: string }): Promise<void> {
  const asset = await getAssetOrThrow(input);
  const db = await getDb();
  const [row] = await db
    .delete(assetRenditions)
    .where(and(eq(assetRenditions.id, input.staticRenditionId), eq(assetRenditions.assetId, asset.id), eq(assetRenditions.kind, "mp4")))
    .returning();
  if (!row) throw notFound("Static rendition");
  if (row.storageKey) await getStorage().delete(row.storageKey).catch(() => undefined);
}

import { asc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assetRenditions } from "@/server/db/schema";

/** An asset's renditions (HLS and MP4), by name. Callers have already checked the tenant. */
export async function listAssetRenditions(assetId: string) {
  const db = await getDb();
  return db.select().from(assetRenditions).where(eq(assetRenditions.assetId, assetId)).orderBy(asc(assetRenditions.name));
}

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import { emitAssetEvent } from "./emit-asset-event";
import { MASTER_ACCESS_MS } from "./get-master-access-expiry";
import { getAssetOrThrow } from "./get-asset-or-throw";
import { newAssetSettingsSchema } from "./schemas";

export const updateMasterAccessSchema = z.object({ master_access: newAssetSettingsSchema.shape.master_access.unwrap() }).strict();

/**
 * PUT …/master-access: "temporary" makes the source downloadable for 24 h from now (from ready
 * when the asset is still preparing); "none" withdraws it at once. Emits video/asset.updated.
 */
export async function updateMasterAccess(input: { assetId: string; workspaceId: string; body: unknown }) {
  const { master_access } = updateMasterAccessSchema.parse(input.body);
  const asset = await getAssetOrThrow(input);
  const db = await getDb();
  const [updated] = await db
    .update(assets)
    .set({
      settings: { ...asset.settings, master_access },
      masterAccessExpiresAt: master_access === "temporary" && asset.readyAt ? new Date(Date.now() + MASTER_ACCESS_MS) : null,
    })
    .where(and(eq(assets.id, asset.id), eq(assets.workspaceId, asset.workspaceId)))
    .returning();
  await emitAssetEvent(events.assetUpdated, updated!, `:master:${updated!.updatedAt.getTime()}`);
  return updated!;
}

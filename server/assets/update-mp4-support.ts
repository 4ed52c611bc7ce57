import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { assetRenditions, assets } from "@/server/db/schema";
import { namesForMp4Support } from "@/server/encoding/plan-static-renditions";
import { requestStaticRenditions } from "@/server/encoding/request-static-renditions";
import { getStorage } from "@/server/storage/get-storage";
import { emitAssetEvent } from "./emit-asset-event";
import { getAssetOrThrow } from "./get-asset-or-throw";
import { newAssetSettingsSchema } from "./schemas";

export const updateMp4SupportSchema = z.object({ mp4_support: newAssetSettingsSchema.shape.mp4_support.unwrap() }).strict();

// The files mp4_support makes; renditions from the static-renditions API (highest, 720p…) stay.
const MP4_SUPPORT_NAMES = ["capped-1080p", "audio", "high", "medium", "low"];

/**
 * PUT …/mp4-support: records the new mp4_support, removes the MP4s it no longer asks for and
 * queues the ones it now does (made at once on a ready asset). Emits video/asset.updated.
 */
export async function updateMp4Support(input: { assetId: string; workspaceId: string; body: unknown }) {
  const { mp4_support } = updateMp4SupportSchema.parse(input.body);
  const asset = await getAssetOrThrow(input);
  const db = await getDb();
  const [updated] = await db
    .update(assets)
    .set({ settings: { ...asset.settings, mp4_support } })
    .where(and(eq(assets.id, asset.id), eq(assets.workspaceId, asset.workspaceId)))
    .returning();
  await requestStaticRenditions({ assetId: asset.id, workspaceId: asset.workspaceId });
  // Whatever the new setting did not (re)queue is dropped, files included.
  const short = asset.maxWidth && asset.maxHeight ? Math.min(asset.maxWidth, asset.maxHeight) : null;
  const wanted = new Set(namesForMp4Support(mp4_support, { hasVideo: Boolean(asset.hasVideo), hasAudio: Boolean(asset.hasAudio), shortSide: short }));
  const dropped = await db
    .delete(assetRenditions)
    .where(and(eq(assetRenditions.assetId, asset.id), eq(assetRenditions.kind, "mp4"), inArray(assetRenditions.name, MP4_SUPPORT_NAMES.filter((n) => !wanted.has(n)))))
    .returning();
  for (const r of dropped) if (r.storageKey) await getStorage().delete(r.storageKey).catch(() => undefined);
  await emitAssetEvent(events.assetUpdated, updated!, `:mp4:${updated!.updatedAt.getTime()}`);
  return updated!;
}

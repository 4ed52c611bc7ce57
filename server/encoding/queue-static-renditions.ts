import { and, eq } from "drizzle-orm";
import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";
import { upsertRendition } from "@/server/assets/upsert-rendition";
import { getDb } from "@/server/db/client";
import { assetRenditions } from "@/server/db/schema";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { namesForMp4Support, planStaticRenditions } from "./plan-static-renditions";

/**
 * Adds rows for the static renditions the asset asks for (`names`, else its `mp4_support`) that
 * it does not have yet — queued, or skipped when the source cannot give them — and returns how
 * many of its static renditions are queued, i.e. waiting for video-asset-static-renditions.
 */
export async function queueStaticRenditions(input: { assetId: string; workspaceId: string; names?: string[] }): Promise<number> {
  const asset = await getAssetOrThrow(input);
  const source = { width: asset.maxWidth, height: asset.maxHeight, hasVideo: Boolean(asset.hasVideo), hasAudio: Boolean(asset.hasAudio) };
  const shortSide = source.width && source.height ? Math.min(source.width, source.height) : null;
  const names = input.names ?? namesForMp4Support((asset.settings as { mp4_support?: string }).mp4_support, { ...source, shortSide });
  const db = await getDb();
  const mine = and(eq(assetRenditions.assetId, asset.id), eq(assetRenditions.kind, "mp4"));
  const existing = new Set((await db.select({ name: assetRenditions.name }).from(assetRenditions).where(mine)).map((r) => r.name));
  for (const spec of planStaticRenditions(names.filter((n) => !existing.has(n)), source)) {
    await upsertRendition({
      assetId: asset.id,
      workspaceId: asset.workspaceId,
      kind: "mp4",
      name: spec.name,
      fields: {
        status: spec.skipped ? "skipped" : "queued",
        width: spec.width,
        height: spec.height,
        error: spec.skipped ?? null,
        storageKey: `${assetStorageKeys.prefix(asset.id)}mp4/${spec.name}.${spec.ext}`,
      },
    });
  }
  return (await db.select({ id: assetRenditions.id }).from(assetRenditions).where(and(mine, eq(assetRenditions.status, "queued")))).length;
}

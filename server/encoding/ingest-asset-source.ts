import { eq } from "drizzle-orm";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { assetReferencePattern } from "@/server/assets/create-asset";
import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";
import { normalizeAssetSettings } from "@/server/assets/normalize-asset-settings";
import type { AssetSettings } from "@/server/assets/schemas";
import { getDb } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { fetchInputToStorage } from "@/server/ingest/fetch-input-to-storage";
import type { Watermark } from "@/server/media/ffmpeg/builders/watermark";

export type AssetSource = (
  | { kind: "stored"; sourceKey: string; sourceSize: number | null }
  /** A clip: cut [start, end) of another asset's source into this asset's source first. */
  | { kind: "clip"; fromKey: string; sourceKey: string; startSeconds: number; endSeconds: number | null }
) & { watermark: Watermark | null };

/**
 * Puts an asset's input where the pipeline reads it: an upload is already stored; a URL is fetched
 * into assets/{id}/source; `keyframe://assets/{id}` names the source asset's stored original.
 */
export async function ingestAssetSource(input: { assetId: string; workspaceId: string }): Promise<AssetSource> {
  const asset = await getAssetOrThrow(input);
  const { inputs } = normalizeAssetSettings(asset.settings as AssetSettings);
  const overlay = inputs.find((i) => i.type === "watermark");
  let watermark: Watermark | null = null;
  if (overlay) {
    const image = assetStorageKeys.watermark(asset.id);
    await fetchInputToStorage({ url: overlay.url, key: image });
    watermark = { image, overlay: overlay.overlay_settings ?? {} };
  }
  return { ...(await ingestPrimaryInput(asset)), watermark };
}

async function ingestPrimaryInput(asset: Awaited<ReturnType<typeof getAssetOrThrow>>) {
  const input = { workspaceId: asset.workspaceId };
  const { primary } = normalizeAssetSettings(asset.settings as AssetSettings);
  const sourceKey = assetStorageKeys.source(asset.id);
  const clipOf = primary ? assetReferencePattern.exec(primary.url)?.[1] : undefined;
  if (clipOf) {
    const original = await getAssetOrThrow({ assetId: clipOf, workspaceId: input.workspaceId });
    if (!original.sourceKey) throw new AppError({ code: "invalid_parameters", message: "the asset to clip has no stored source" });
    return { kind: "clip" as const, fromKey: original.sourceKey, sourceKey, startSeconds: primary?.start_time ?? 0, endSeconds: primary?.end_time ?? null };
  }
  if (asset.sourceKey) return { kind: "stored" as const, sourceKey: asset.sourceKey, sourceSize: asset.sourceSize };
  if (!primary || primary.url.startsWith("upload://")) throw new AppError({ code: "invalid_parameters", message: "the asset has no input to process" });
  const fetched = await fetchInputToStorage({ url: primary.url, key: sourceKey });
  const db = await getDb();
  await db.update(assets).set({ sourceKey, sourceSize: fetched.size }).where(eq(assets.id, asset.id));
  return { kind: "stored" as const, sourceKey, sourceSize: fetched.size };
}

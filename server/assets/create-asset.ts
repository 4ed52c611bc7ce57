import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { assets, playbackIds } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { newId } from "@/server/ids";
import { emitAssetEvent } from "./emit-asset-event";
import { getAssetOrThrow } from "./get-asset-or-throw";
import { normalizeAssetSettings } from "./normalize-asset-settings";
import { createAssetSchema, type CreateAssetInput } from "./schemas";

/** `keyframe://assets/{id}` (and Mux's `mux://assets/{id}`) name an existing asset to clip. */
export const assetReferencePattern = /^(?:keyframe|mux):\/\/assets\/([\w-]+)$/;

/**
 * Creates an asset in `preparing` with its playback IDs and emits video/asset.created, which
 * starts processing. `uploadId` links an asset made from a direct upload (its input is the
 * uploaded file, already in storage at `sourceKey`).
 */
export async function createAsset(input: {
  workspaceId: string;
  settings: CreateAssetInput | Omit<CreateAssetInput, "input">;
  upload?: { id: string; sourceKey: string; sourceSize: number };
}) {
  const settings = input.upload
    ? createAssetSchema.parse({ ...input.settings, input: `upload://${input.upload.id}` })
    : createAssetSchema.parse(input.settings);
  const { primary, policies, videoQuality } = normalizeAssetSettings(settings);
  if (!primary) throw new AppError({ code: "invalid_parameters", message: "input must include a video or audio url" });

  const clipOf = assetReferencePattern.exec(primary.url)?.[1];
  if (clipOf) await getAssetOrThrow({ assetId: clipOf, workspaceId: input.workspaceId });

  const db = await getDb();
  const asset = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assets)
      .values({
        id: newId(),
        workspaceId: input.workspaceId,
        passthrough: settings.passthrough,
        meta: settings.meta ?? {},
        settings: settings as Record<string, unknown>,
        videoQuality,
        uploadId: input.upload?.id,
        sourceKey: input.upload?.sourceKey,
        sourceSize: input.upload?.sourceSize,
        sourceAssetId: clipOf,
      })
      .returning();
    if (policies.length) {
      await tx.insert(playbackIds).values(policies.map((policy) => ({ id: newId(), workspaceId: input.workspaceId, assetId: row!.id, policy })));
    }
    return row!;
  });
  await emitAssetEvent(events.assetCreated, asset);
  return asset;
}

import { getDb } from "@/server/db/client";
import { playbackIds } from "@/server/db/schema";
import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";
import { newId } from "@/server/ids";
import { createPlaybackIdSchema } from "./schemas";

/** Adds a playback ID (public or signed) to one of the workspace's assets. */
export async function createPlaybackId(input: { workspaceId: string; assetId: string; body: unknown }) {
  const { policy } = createPlaybackIdSchema.parse(input.body ?? {});
  const asset = await getAssetOrThrow({ assetId: input.assetId, workspaceId: input.workspaceId });
  const db = await getDb();
  const [row] = await db.insert(playbackIds).values({ id: newId(), workspaceId: asset.workspaceId, assetId: asset.id, policy }).returning();
  return row!;
}

import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import { emitAssetEvent } from "./emit-asset-event";
import { getAssetOrThrow } from "./get-asset-or-throw";
import { updateAssetSchema } from "./schemas";

/** Changes an asset's passthrough and/or meta (meta is replaced as a whole, as Mux does) and emits video/asset.updated. */
export async function updateAsset(input: { assetId: string; workspaceId: string; changes: z.input<typeof updateAssetSchema> }) {
  const changes = updateAssetSchema.parse(input.changes);
  const current = await getAssetOrThrow(input);
  if (changes.passthrough === undefined && changes.meta === undefined) return current;
  const db = await getDb();
  const [updated] = await db
    .update(assets)
    .set({
      ...(changes.passthrough === undefined ? {} : { passthrough: changes.passthrough }),
      ...(changes.meta === undefined ? {} : { meta: changes.meta }),
    })
    .where(and(eq(assets.id, input.assetId), eq(assets.workspaceId, input.workspaceId)))
    .returning();
  // Each update is its own event: the suffix keeps the idempotency key distinct.
  await emitAssetEvent(events.assetUpdated, updated!, `:${updated!.updatedAt.getTime()}`);
  return updated!;
}

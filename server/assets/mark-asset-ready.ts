import { and, eq } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import { emitAssetEvent } from "./emit-asset-event";

/** preparing → ready, once the asset is playable. Returns false when it was already ready or errored. */
export async function markAssetReady(input: { assetId: string; workspaceId: string }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .update(assets)
    .set({ status: "ready", readyAt: new Date(), errors: null })
    .where(and(eq(assets.id, input.assetId), eq(assets.workspaceId, input.workspaceId), eq(assets.status, "preparing")))
    .returning({ id: assets.id, workspaceId: assets.workspaceId });
  if (!row) return false;
  await emitAssetEvent(events.assetReady, row);
  return true;
}


import { and, eq, ne } from "drizzle-orm";
import { events } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import { emitAssetEvent } from "./emit-asset-event";

/**
 * → errored with a reason a person understands ("no video or audio stream found"). `type` follows
 * Mux: invalid_input for bad media, internal_error otherwise. No-op on an already errored asset.
 */
export async function markAssetErrored(input: {
  assetId: string;
  workspaceId: string;
  type?: "invalid_input" | "internal_error";
  messages: string[];
}): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .update(assets)
    .set({
      status: "errored",
      errors: { type: input.type ?? "invalid_input", messages: input.messages },
      progress: { state: "errored", percent: 0, renditions: {} },
    })
    .where(and(eq(assets.id, input.assetId), eq(assets.workspaceId, input.workspaceId), ne(assets.status, "errored")))
    .returning({ id: assets.id, workspaceId: assets.workspaceId });
  if (!row) return false;
  await emitAssetEvent(events.assetErrored, row);
  return true;
}

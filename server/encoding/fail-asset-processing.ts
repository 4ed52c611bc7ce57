import { and, eq, inArray } from "drizzle-orm";
import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";
import { markAssetErrored } from "@/server/assets/mark-asset-errored";
import { updateAssetProgress } from "@/server/assets/update-asset-progress";
import { getDb } from "@/server/db/client";
import { assetRenditions } from "@/server/db/schema";

/**
 * Records a processing failure. Before the asset is playable it becomes errored; once it is ready
 * (a lower rung failed in the background) it stays ready and only the unfinished renditions are
 * marked errored, so viewers keep what already plays.
 */
export async function failAssetProcessing(input: {
  assetId: string;
  workspaceId: string;
  type: "invalid_input" | "internal_error";
  message: string;
}): Promise<"asset" | "renditions"> {
  const asset = await getAssetOrThrow(input);
  if (asset.status !== "ready") {
    await markAssetErrored({ assetId: input.assetId, workspaceId: input.workspaceId, type: input.type, messages: [input.message] });
    return "asset";
  }
  const db = await getDb();
  await db
    .update(assetRenditions)
    .set({ status: "errored", error: input.message })
    .where(and(eq(assetRenditions.assetId, input.assetId), inArray(assetRenditions.status, ["queued", "processing"])));
  await updateAssetProgress({ assetId: input.assetId, workspaceId: input.workspaceId, state: "completed" });
  return "renditions";
}

import { events } from "@/inngest/events";
import { emitAssetEvent } from "@/server/assets/emit-asset-event";
import { getDb } from "@/server/db/client";
import { assets } from "@/server/db/schema";
import { inArray, sql } from "drizzle-orm";
import { findStalledAssets } from "./find-stalled-assets";

/** Re-emits video/asset.created for stalled assets (a fresh event id each time) and touches them, so one tick resumes each once. */
export async function resumeStalledAssets(input: { quietMs: number; limit?: number }): Promise<string[]> {
  const stalled = await findStalledAssets({ quietMs: input.quietMs, limit: input.limit ?? 50 });
  if (!stalled.length) return [];
  const db = await getDb();
  await db.update(assets).set({ updatedAt: sql`now()` }).where(inArray(assets.id, stalled.map((a) => a.id)));
  for (const asset of stalled) await emitAssetEvent(events.assetCreated, asset, `:resume-${Date.now()}`);
  return stalled.map((a) => a.id);
}

import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assets, type AssetProgress } from "@/server/db/schema";

/** Stores the processing progress the console draws; overall percent is the mean of renditions. */
export async function updateAssetProgress(input: {
  assetId: string;
  workspaceId: string;
  state: AssetProgress["state"];
  renditions?: Record<string, number>;
}): Promise<void> {
  const db = await getDb();
  const current = await db.query.assets.findFirst({ columns: { progress: true }, where: eq(assets.id, input.assetId) });
  const renditions = { ...(current?.progress.renditions ?? {}), ...(input.renditions ?? {}) };
  const values = Object.values(renditions);
  const percent = input.state === "completed" ? 100 : values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0;
  await db
    .update(assets)
    .set({ progress: { state: input.state, percent, renditions } })
    .where(and(eq(assets.id, input.assetId), eq(assets.workspaceId, input.workspaceId)));
}

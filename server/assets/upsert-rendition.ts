import { sql } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { assetRenditions } from "@/server/db/schema";
import { newId } from "@/server/ids";

type RenditionRow = typeof assetRenditions.$inferInsert;
export type RenditionFields = Partial<Omit<RenditionRow, "id" | "assetId" | "workspaceId" | "kind" | "name" | "createdAt" | "updatedAt">>;

/** Creates or updates an asset's rendition row by (asset, kind, name): the pipeline's bookkeeping. */
export async function upsertRendition(input: {
  assetId: string;
  workspaceId: string;
  kind: "hls" | "mp4";
  name: string;
  fields: RenditionFields;
}): Promise<void> {
  const db = await getDb();
  await db
    .insert(assetRenditions)
    .values({ id: newId(), assetId: input.assetId, workspaceId: input.workspaceId, kind: input.kind, name: input.name, ...input.fields })
    .onConflictDoUpdate({
      target: [assetRenditions.assetId, assetRenditions.kind, assetRenditions.name],
      set: { ...input.fields, updatedAt: sql`now()` },
    });
}

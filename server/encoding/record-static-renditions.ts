import { and, eq, inArray, sql } from "drizzle-orm";
import { upsertRendition } from "@/server/assets/upsert-rendition";
import { getDb } from "@/server/db/client";
import { assetRenditions } from "@/server/db/schema";
import type { StaticMp4Result } from "@/server/media/ffmpeg/builders/static-mp4";

/** Marks made static renditions ready with what they measured, or, given `error`, the claimed ones errored. */
export async function recordStaticRenditions(input: {
  assetId: string;
  workspaceId: string;
  names: string[];
  made?: StaticMp4Result[];
  error?: string;
}): Promise<void> {
  const { assetId, workspaceId } = input;
  if (input.error !== undefined) {
    const db = await getDb();
    await db
      .update(assetRenditions)
      .set({ status: "errored", error: input.error, updatedAt: sql`now()` })
      .where(and(eq(assetRenditions.assetId, assetId), eq(assetRenditions.kind, "mp4"), inArray(assetRenditions.name, input.names)));
    return;
  }
  for (const r of input.made ?? []) {
    await upsertRendition({
      assetId,
      workspaceId,
      kind: "mp4",
      name: r.name,
      fields: { status: "ready", progress: 100, width: r.width, height: r.height, bitrate: r.bitrate, averageBitrate: r.bitrate, fileSize: r.fileSize, error: null },
    });
  }
}

import { and, eq } from "drizzle-orm";
import { serializeAssetsWithRelations } from "@/server/assets/serialize-assets-with-relations";
import { getDb } from "@/server/db/client";
import { assets, liveStreams, uploads } from "@/server/db/schema";
import { serializeLiveStreamsWithRelations } from "@/server/live/serialize-live-streams-with-relations";
import { serializeUpload } from "@/server/uploads/serialize-upload";
import type { WebhookObjectType } from "./webhook-event-types";

type Asset = typeof assets.$inferSelect;
type LiveStream = typeof liveStreams.$inferSelect;

/**
 * The resource as GET would return it now: a webhook's `data`. A deleted asset's row is gone, so
 * the caller's last copy of it (`lastKnown`) is serialized instead, as Mux sends the deleted asset.
 */
export async function snapshotWebhookData(input: {
  objectType: WebhookObjectType;
  objectId: string;
  workspaceId: string;
  lastKnown?: unknown;
}): Promise<Record<string, unknown>> {
  const db = await getDb();
  if (input.objectType === "upload") {
    const row = await db.query.uploads.findFirst({ where: and(eq(uploads.id, input.objectId), eq(uploads.workspaceId, input.workspaceId)) });
    return row ? serializeUpload(row) : { id: input.objectId };
  }
  if (input.objectType === "live_stream") {
    const row = await db.query.liveStreams.findFirst({ where: and(eq(liveStreams.id, input.objectId), eq(liveStreams.workspaceId, input.workspaceId)) });
    const stream = row ?? (isLiveStreamRow(input.lastKnown) ? input.lastKnown : undefined);
    if (!stream) return { id: input.objectId };
    const [data] = await serializeLiveStreamsWithRelations([stream]);
    return data as Record<string, unknown>;
  }
  const row = await db.query.assets.findFirst({ where: and(eq(assets.id, input.objectId), eq(assets.workspaceId, input.workspaceId)) });
  const asset = row ?? (isAssetRow(input.lastKnown) ? input.lastKnown : undefined);
  if (!asset) return { id: input.objectId };
  const [data] = await serializeAssetsWithRelations([asset]);
  return data as Record<string, unknown>;
}

const isAssetRow = (value: unknown): value is Asset =>
  typeof value === "object" && value !== null && "status" in value && "createdAt" in value && "settings" in value;

const isLiveStreamRow = (value: unknown): value is LiveStream =>
  typeof value === "object" && value !== null && "streamKey" in value && "createdAt" in value && "latencyMode" in value;

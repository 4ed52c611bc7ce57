import { asc, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { playbackIds } from "@/server/db/schema";
import { getPlaybackUrls } from "@/server/delivery/get-playback-urls";
import { getAssetOrThrow } from "./get-asset-or-throw";
import { listAssetRenditions } from "./list-asset-renditions";
import { serializeInputInfo } from "./serialize-input-info";

/** Everything the console's asset page shows, tenant-checked. */
export async function getAssetDetails(input: { assetId: string; workspaceId: string }) {
  const asset = await getAssetOrThrow(input);
  const db = await getDb();
  const [renditions, ids] = await Promise.all([
    listAssetRenditions(asset.id),
    db.select().from(playbackIds).where(eq(playbackIds.assetId, asset.id)).orderBy(asc(playbackIds.createdAt)),
  ]);
  return {
    asset,
    renditions,
    playbackIds: ids.map((p) => ({ id: p.id, policy: p.policy, createdAt: p.createdAt, urls: getPlaybackUrls(p.id) })),
    inputInfo: serializeInputInfo(asset),
  };
}

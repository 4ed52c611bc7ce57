import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";
import { queueStaticRenditions } from "./queue-static-renditions";

/**
 * Queues static renditions asked for after creation (`names`, else the asset's mp4_support). A
 * ready asset gets them made now; a preparing one when its pipeline ends (it queues and sends
 * video/asset.static-renditions.requested after the ladder, picking up these rows too).
 */
export async function requestStaticRenditions(input: { assetId: string; workspaceId: string; names?: string[] }): Promise<void> {
  const queued = await queueStaticRenditions(input);
  const asset = await getAssetOrThrow(input);
  if (queued > 0 && asset.status === "ready") {
    await inngest.send(events.assetStaticRenditionsRequested.create({ assetId: asset.id, workspaceId: asset.workspaceId }));
  }
}

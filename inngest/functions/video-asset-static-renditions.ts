import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { runMediaJob } from "@/inngest/lib/run-media-job";
import { claimStaticRenditions } from "@/server/encoding/claim-static-renditions";
import { recordStaticRenditions } from "@/server/encoding/record-static-renditions";

/**
 * video/asset.static-renditions.requested → the asset's queued MP4/M4A static renditions, made by
 * one media job from the source, then video/asset.static-renditions.ready.
 */
export const videoAssetStaticRenditions = inngest.createFunction(
  { id: "video-asset-static-renditions", retries: 2, triggers: [events.assetStaticRenditionsRequested] },
  async ({ event, step, runId }) => {
    const ids = { assetId: event.data.assetId, workspaceId: event.data.workspaceId };
    const claimed = await step.run("claim", () => claimStaticRenditions(ids));
    if (!claimed) return { made: [] };
    try {
      const made = await runMediaJob({ step, runId }, "static-mp4", claimed.job, { workspaceId: ids.workspaceId, correlationId: ids.assetId, waitTimeout: "10s" });
      await step.run("record", () => recordStaticRenditions({ ...ids, names: claimed.names, made }));
      await step.sendEvent("ready", events.assetStaticRenditionsReady.create({ ...ids, names: claimed.names }));
      return { made: claimed.names };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await step.run("mark-errored", () => recordStaticRenditions({ ...ids, names: claimed.names, error: "could not create the static rendition" }));
      throw new NonRetriableError(message, { cause: error });
    }
  },
);

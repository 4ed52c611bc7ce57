import { inngest } from "@/inngest/client";
import { resumeStalledAssets } from "@/server/encoding/resume-stalled-assets";

/** Stalled assets have shown no progress and had no media job for this long before they are restarted. */
const QUIET_MS = 10 * 60_000;

/** Every 5 minutes: restarts processing of assets stuck in preparing (a lost event, a run that died). */
export const videoAssetsResume = inngest.createFunction(
  { id: "video-assets-resume", retries: 1, triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => {
    const resumed = await step.run("resume-stalled", () => resumeStalledAssets({ quietMs: QUIET_MS }));
    return { resumed };
  },
);

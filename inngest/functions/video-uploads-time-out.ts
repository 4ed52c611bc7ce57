import { inngest } from "@/inngest/client";
import { timeOutExpiredUploads } from "@/server/uploads/time-out-expired-uploads";

/** Every minute: direct uploads past their timeout become timed_out (requests to them also check on arrival). */
export const videoUploadsTimeOut = inngest.createFunction(
  { id: "video-uploads-time-out", retries: 1, triggers: [{ cron: "* * * * *" }] },
  async ({ step }) => ({ timedOut: await step.run("time-out-expired-uploads", () => timeOutExpiredUploads()) }),
);

import { Inngest } from "inngest";
import { env } from "@/server/env";

/**
 * One client for every process. With INNGEST_BASE_URL it talks to a real Inngest server; without
 * it, to Keyframe's embedded workflow runtime (server/workflows), which speaks the same event API.
 */
export const inngest = new Inngest({
  id: "keyframe",
  baseUrl: env.INNGEST_BASE_URL ?? `http://127.0.0.1:${env.WORKFLOW_PORT}`,
  eventKey: env.INNGEST_EVENT_KEY ?? "keyframe-embedded",
  signingKey: env.INNGEST_SIGNING_KEY,
  isDev: env.INNGEST_DEV,
});

import { Inngest } from "inngest";
import { env } from "@/server/env";
import { resolveWorkflowKeys } from "@/server/workflows/resolve-workflow-keys";

/**
 * One client for every process. With INNGEST_BASE_URL it talks to a real Inngest server; without
 * it, to Keyframe's embedded workflow runtime (server/workflows), which speaks the same event API
 * and signs its requests to serve() the way Inngest does, so the SDK keeps verifying signatures.
 */
export const inngest = new Inngest({
  id: "keyframe",
  baseUrl: env.INNGEST_BASE_URL ?? `http://127.0.0.1:${env.WORKFLOW_PORT}`,
  // Getters: the SDK reads these per request, so importing the client never touches DATA_DIR.
  get eventKey() {
    return resolveWorkflowKeys().eventKey;
  },
  get signingKey() {
    return resolveWorkflowKeys().signingKey;
  },
  isDev: env.INNGEST_DEV,
});

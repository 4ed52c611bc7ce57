import { env } from "@/server/env";

/** Headers on every tus response (and the OPTIONS discovery answer). */
export const tusHeaders = (): Record<string, string> => ({
  "Tus-Resumable": "1.0.0",
  "Tus-Version": "1.0.0",
  "Tus-Extension": "creation,termination",
  "Tus-Max-Size": String(env.INGEST_MAX_BYTES),
});

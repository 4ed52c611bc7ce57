/**
 * `npm run workflows`: the embedded workflow runtime process. Applies migrations (idempotent),
 * serves the event API on WORKFLOW_PORT, syncs the app at WORKFLOW_APP_URL and runs workflows
 * until SIGTERM/SIGINT, then stops claiming, lets in-flight requests finish briefly and releases
 * its leases.
 */
import { closeDb, getDb } from "@/server/db/client";
import { migrateDatabase } from "@/server/db/migrate";
import { appUrl, env } from "@/server/env";
import { startHeartbeat } from "@/server/system/start-heartbeat";
import { resolveWorkflowKeys } from "./resolve-workflow-keys";
import { startWorkflowRuntime } from "./start-workflow-runtime";

async function main(): Promise<void> {
  if (env.INNGEST_BASE_URL) {
    console.log(`[workflows] INNGEST_BASE_URL is set: ${env.INNGEST_BASE_URL} drives workflows, the embedded runtime is not started`);
    return;
  }
  const db = await getDb();
  await migrateDatabase(db);
  const keys = resolveWorkflowKeys();
  const runtime = await startWorkflowRuntime({
    db,
    appUrl: env.WORKFLOW_APP_URL ?? `${appUrl}/api/inngest`,
    port: env.WORKFLOW_PORT,
    host: env.WORKFLOW_HOST,
    signingKey: env.INNGEST_DEV ? undefined : keys.signingKey,
    eventKey: keys.eventKey,
    concurrency: env.WORKFLOW_CONCURRENCY,
    pollMs: env.WORKFLOW_POLL_MS,
    leaseMs: env.WORKFLOW_LEASE_MS,
    retryBaseMs: env.WORKFLOW_RETRY_BASE_MS,
  });
  const heartbeat = startHeartbeat("workflows", () => ({ port: runtime.port, inFlight: runtime.inFlight(), owner: runtime.owner }));
  console.log(`[workflows] event API on ${env.WORKFLOW_HOST}:${runtime.port}, driving ${env.WORKFLOW_APP_URL ?? `${appUrl}/api/inngest`}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[workflows] ${signal}: stopping`);
    heartbeat.stop();
    await runtime.stop({ graceMs: 5000 });
    await closeDb();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("[workflows] failed to start", error);
  process.exit(1);
});

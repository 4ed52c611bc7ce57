/**
 * `npm run worker`: the media worker process. Needs only the database, storage and the workflow
 * event API. Migrates (idempotent), then claims media jobs until SIGTERM/SIGINT, when it stops
 * claiming, aborts running jobs and hands them back to the queue.
 */
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "@/server/db/client";
import { stopEmbeddedDatabase } from "@/server/db/embedded/ensure-embedded-database";
import { migrateDatabase } from "@/server/db/migrate";
import { dataDir, env } from "@/server/env";
import { MEDIA_JOBS_CHANNEL } from "@/server/media/enqueue-media-job";
import { getStorage } from "@/server/storage/get-storage";
import { startHeartbeat } from "@/server/system/start-heartbeat";
import { startLiveIngest } from "@/server/live/session/start-live-ingest";
import { startMediaWorker } from "./start-media-worker";

let stop: (() => Promise<void>) | null = null;
let stopping = false;

// Registered before start-up so that a signal during migrations still releases the embedded database.
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing up`);
  await stop?.().catch((error: unknown) => console.error("[worker] stopping failed", error));
  await closeDb().catch(() => undefined);
  await stopEmbeddedDatabase({ dataDir }).catch(() => undefined);
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

async function main() {
  const db = await getDb();
  await migrateDatabase(db);
  if (stopping) return;
  let worker: ReturnType<typeof startMediaWorker> | undefined;
  // The worker's lease owner is its heartbeat id, so the first beat goes out before the worker exists.
  const heartbeat = startHeartbeat("worker", () => ({ running: worker?.load() ?? 0, concurrency: env.WORKER_CONCURRENCY }));
  const running = startMediaWorker({
    owner: heartbeat.instanceId,
    concurrency: env.WORKER_CONCURRENCY,
    leaseMs: env.WORKER_LEASE_MS,
    pollMs: env.WORKER_POLL_MS,
    storage: getStorage(),
  });
  worker = running;
  // A live ingest that can't start (a port taken) leaves the media worker running.
  const live = env.LIVE_INGEST_ENABLED
    ? await startLiveIngestFromEnv().catch((error: unknown) => {
        console.error(`[worker] live ingest did not start: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      })
    : null;
  stop = async () => {
    heartbeat.stop();
    await Promise.all([running.stop(), live?.close()]);
  };

  // PGlite accepts LISTEN but never delivers notifications: there the poll alone finds work.
  const [{ version } = { version: "" }] = await db.execute<{ version: string }>(sql`select version()`);
  if (!version.includes("PGlite")) {
    await db.$client.listen(MEDIA_JOBS_CHANNEL, () => running.wake()).catch((error: unknown) => {
      console.warn("[worker] LISTEN failed; polling only", error);
    });
  }
  console.log(`[worker] ${heartbeat.instanceId} running up to ${env.WORKER_CONCURRENCY} media job(s) at once`);
}

/** The live ingest node (RTMP, RTMPS, SRT, live origin) configured by LIVE_* settings. */
async function startLiveIngestFromEnv() {
  const rtmps =
    env.LIVE_RTMPS_CERT_FILE && env.LIVE_RTMPS_KEY_FILE
      ? { port: env.LIVE_RTMPS_PORT, certFile: env.LIVE_RTMPS_CERT_FILE, keyFile: env.LIVE_RTMPS_KEY_FILE }
      : undefined;
  const live = await startLiveIngest({
    storage: getStorage(),
    host: env.LIVE_INGEST_HOST,
    rtmpPort: env.LIVE_RTMP_PORT,
    rtmps,
    srtPort: env.LIVE_SRT_PORT,
    originPort: env.LIVE_ORIGIN_PORT,
    originUrl: env.LIVE_ORIGIN_URL ?? "http://127.0.0.1:{port}",
    dvrWindowSeconds: env.LIVE_DVR_WINDOW_SECONDS,
    maxRenditions: env.LIVE_MAX_RENDITIONS,
  });
  console.log(
    `[worker] live ingest: rtmp :${live.rtmpPort}${live.rtmpsPort ? `, rtmps :${live.rtmpsPort}` : ""}, srt :${live.srtPort} (udp), origin ${live.originUrl}`,
  );
  return live;
}

main().catch(async (error: unknown) => {
  if (stopping) return;
  console.error("[worker] failed to start:", error);
  await stopEmbeddedDatabase({ dataDir }).catch(() => undefined);
  process.exit(1);
});

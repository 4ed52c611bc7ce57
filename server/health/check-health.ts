import { getFfmpegVersion } from "@/server/media/ffmpeg/get-ffmpeg-version";
import { checkWorkflowRuntime } from "@/server/workflows/check-workflow-runtime";
import { checkDatabase } from "./check-database";
import { checkStorage } from "./check-storage";
import { checkWorker } from "./check-worker";
import { withTimeout } from "./with-timeout";

export const HEALTH_CHECK_TIMEOUT_MS = 2_000;

export interface HealthReport {
  status: "ok" | "degraded";
  db: string;
  storage: string;
  worker: string;
  ffmpeg: string;
  workflows: string;
}

/** Checks every part of the platform at once; each part is "ok" or a short reason, within ~2 s. */
export async function checkHealth(): Promise<HealthReport> {
  const run = (name: string, check: (signal: AbortSignal) => Promise<string>) => withTimeout(name, HEALTH_CHECK_TIMEOUT_MS, check);
  const [db, storage, worker, ffmpeg, workflows] = await Promise.all([
    run("db", checkDatabase),
    run("storage", checkStorage),
    run("worker", checkWorker),
    run("ffmpeg", (signal) => getFfmpegVersion({ signal }).then(() => "ok")),
    run("workflows", checkWorkflowRuntime),
  ]);
  const parts = { db, storage, worker, ffmpeg, workflows };
  return { status: Object.values(parts).every((p) => p === "ok") ? "ok" : "degraded", ...parts };
}

import type { FfmpegResult } from "@/server/media/ffmpeg/builders";
import { FfmpegError } from "@/server/media/ffmpeg/ffmpeg-error";
import { claimMediaJobs } from "@/server/media/claim-media-jobs";
import { failAbandonedMediaJobs } from "@/server/media/fail-abandoned-media-jobs";
import { markMediaJobFailed } from "@/server/media/mark-media-job-failed";
import { markMediaJobSucceeded } from "@/server/media/mark-media-job-succeeded";
import { renewMediaJobLease } from "@/server/media/renew-media-job-lease";
import { requeueMediaJob } from "@/server/media/requeue-media-job";
import { sendMediaJobFinished } from "@/server/media/send-media-job-finished";
import type { MediaJobRow } from "@/server/db/schema";
import type { Storage } from "@/server/storage/storage";
import { describeJobFailure } from "./describe-job-failure";
import { executeMediaJob } from "./execute-media-job";

export interface MediaWorkerOptions {
  owner: string;
  concurrency: number;
  leaseMs: number;
  pollMs: number;
  storage: Storage;
}

const SWEEP_EVERY_MS = 5_000;

interface RunningJob {
  controller: AbortController;
  stopReason: "shutdown" | "lost" | null;
  done: Promise<void>;
}

/**
 * The claim loop of a worker process: claims up to `concurrency` jobs, runs each under a renewed
 * lease (which also carries throttled progress), records the outcome, and repeats. `wake()` makes
 * it look for work now (NOTIFY); otherwise it polls every `pollMs`.
 */
export function startMediaWorker(options: MediaWorkerOptions) {
  const { owner, leaseMs } = options;
  const running = new Map<string, RunningJob>();
  let stopping = false;
  let wakeUp: (() => void) | null = null;
  const wake = () => wakeUp?.();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function settle(row: MediaJobRow, job: RunningJob, outcome: () => Promise<FfmpegResult>): Promise<void> {
    try {
      const result = await outcome();
      if (await markMediaJobSucceeded({ jobId: row.id, owner, result })) void sendMediaJobFinished(row.id, "succeeded");
    } catch (error) {
      if (job.stopReason === "lost") return console.warn(`[worker] job ${row.id} was cancelled or taken over; dropped`);
      if (job.stopReason === "shutdown" && error instanceof FfmpegError && error.kind === "cancelled") {
        await requeueMediaJob({ jobId: row.id, owner });
        return;
      }
      const failure = describeJobFailure(error);
      const status = await markMediaJobFailed({ jobId: row.id, owner, ...failure, error: failure.message });
      console.warn(`[worker] job ${row.id} (${row.type}) attempt ${row.attempts} failed${status === "queued" ? ", will retry" : ""}: ${failure.message}`);
      if (status === "failed") void sendMediaJobFinished(row.id, "failed");
    }
  }

  function startJob(row: MediaJobRow): void {
    const controller = new AbortController();
    const job: RunningJob = { controller, stopReason: null, done: Promise.resolve() };
    let progress: number | undefined;
    let renewal: NodeJS.Timeout;
    // Renewing at a third of the lease leaves two chances before it expires; progress rides along (≤ 1 write/s).
    const renew = async () => {
      const sent = progress;
      progress = undefined;
      const mine = await renewMediaJobLease({ jobId: row.id, owner, leaseMs, progress: sent }).catch((error: unknown) => {
        console.error(`[worker] lease renewal for ${row.id} failed`, error);
        return true; // a database hiccup is not a cancellation; the lease covers short outages
      });
      if (!mine && !controller.signal.aborted) {
        job.stopReason = "lost";
        controller.abort();
      }
      if (!controller.signal.aborted) renewal = setTimeout(renew, Math.min(1_000, leaseMs / 3));
    };
    renewal = setTimeout(renew, Math.min(1_000, leaseMs / 3));
    const execution = () =>
      executeMediaJob(row, { storage: options.storage, signal: controller.signal, onProgress: (p) => (progress = p) });
    job.done = settle(row, job, execution)
      .catch((error: unknown) => console.error(`[worker] could not record the outcome of ${row.id}`, error))
      .finally(() => {
        clearTimeout(renewal);
        controller.abort();
        running.delete(row.id);
        wake();
      });
    running.set(row.id, job);
  }

  const loop = (async () => {
    let lastSweep = 0;
    while (!stopping) {
      try {
        if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
          lastSweep = Date.now();
          for (const id of await failAbandonedMediaJobs()) void sendMediaJobFinished(id, "failed");
        }
        const free = options.concurrency - running.size;
        const claimed = await claimMediaJobs({ owner, limit: free, leaseMs });
        for (const row of claimed) startJob(row);
        if (claimed.length > 0 && claimed.length === free) continue;
      } catch (error) {
        console.error("[worker] claiming jobs failed", error);
      }
      if (!stopping) await sleep(options.pollMs);
    }
  })();

  return {
    wake,
    /** Jobs running now (heartbeat load). */
    load: () => running.size,
    /** Stops claiming, aborts running jobs and hands them back to the queue. */
    async stop(): Promise<void> {
      stopping = true;
      wake();
      await loop;
      for (const job of running.values()) {
        job.stopReason = "shutdown";
        job.controller.abort();
      }
      await Promise.all([...running.values()].map((j) => j.done));
    },
  };
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { NonRetriableError } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaJobs } from "@/server/db/schema";
import type { MediaInfo } from "@/server/media/ffmpeg/media-info";
import { createMediaFixtures } from "@/server/media/testing/create-media-fixtures";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { spawnTestWorker, type TestWorker } from "@/server/worker/testing/spawn-test-worker";
import { startTestWorkflows, type TestWorkflows } from "@/server/workflows/start-test-workflows";
import { mediaJobIdFor, runMediaJob, type MediaJobSteps } from "./run-media-job";

// Memoizes step.run by id like Inngest; a wait "times out" after letting `onWait` change the world.
function fakeSteps(onWait: (round: number) => Promise<void>) {
  const memo = new Map<string, unknown>();
  const calls: string[] = [];
  const steps: MediaJobSteps = {
    async run(id, fn) {
      calls.push(id);
      if (!memo.has(id)) memo.set(id, await fn());
      return memo.get(id);
    },
    async waitForEvent(id, options) {
      calls.push(`${id} ${options.if} ${options.timeout}`);
      await onWait(calls.filter((c) => c.includes(":wait-")).length - 1);
      return null;
    },
    async sendEvent(id) {
      calls.push(id);
      return null;
    },
  };
  return { steps, calls };
}

describe.each(testDatabaseKinds())("runMediaJob with fake steps on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await useTestDatabase(kind);
  });
  afterAll(() => db.close());
  const finish = async (jobId: string, set: Partial<typeof mediaJobs.$inferInsert>) => {
    await db.db.update(mediaJobs).set({ finishedAt: sql`now()`, ...set }).where(eq(mediaJobs.id, jobId));
  };
  const info: MediaInfo = { container: "mp4", formatName: "mp4", durationSeconds: 2, sizeBytes: 1, bitrate: 1, video: [], audio: [], problem: null };

  it("enqueues once under a deterministic id and returns the result once the row is done", async () => {
    const jobId = mediaJobIdFor("run-1", "probe");
    const { steps, calls } = fakeSteps(async (round) => {
      if (round === 1) await finish(jobId, { status: "succeeded", result: info });
    });
    const result = await runMediaJob({ step: steps, runId: "run-1" }, "probe", { type: "probe", input: "in/a.mp4" });
    expect(result).toEqual(info);
    expect(calls[0]).toBe("probe:enqueue");
    expect(calls).toContain(`probe:wait-0 async.data.jobId == '${jobId}' 30s`);
    // A check that finds the job done re-announces it, releasing the wait planned beside it.
    expect(calls.at(-2)).toMatch(/^probe:check-[12]$/);
    expect(calls.at(-1)).toBe(calls.at(-2)!.replace("check", "release"));

    // A retried enqueue step (same run, same name) finds the row instead of adding one.
    await runMediaJob({ step: fakeSteps(async () => undefined).steps, runId: "run-1" }, "probe", { type: "probe", input: "in/a.mp4" });
    expect(await db.db.select().from(mediaJobs).where(eq(mediaJobs.runId, "run-1"))).toHaveLength(1);
  });

  it("registers each wait before its row check, so a job finishing in between is not lost to the timeout", async () => {
    // Models Inngest: a wait only sees events sent after it was registered; an unmatched wait times out.
    const jobId = mediaJobIdFor("run-race", "probe");
    const waits: { id: string; resolve: (event: unknown) => void }[] = [];
    const timedOut: string[] = [];
    const steps: MediaJobSteps = {
      async run(id, fn) {
        const value = await fn();
        if (id === "probe:check-0") {
          // The worker finishes right after the row was read: row, then event.
          await finish(jobId, { status: "succeeded", result: info });
          for (const w of waits.splice(0)) w.resolve({ data: { jobId } });
        }
        return value;
      },
      sendEvent: async () => null,
      waitForEvent(id) {
        return new Promise((resolve) => {
          const entry = { id, resolve };
          waits.push(entry);
          setTimeout(() => {
            if (!waits.includes(entry)) return;
            waits.splice(waits.indexOf(entry), 1);
            timedOut.push(id);
            resolve(null);
          }, 200);
        });
      },
    };
    expect(await runMediaJob({ step: steps, runId: "run-race" }, "probe", { type: "probe", input: "in/a.mp4" })).toEqual(info);
    expect(timedOut).toEqual([]);
  });

  it("with inlineWaitMs returns a job that finishes within that time from the enqueue step alone", async () => {
    const jobId = mediaJobIdFor("run-inline", "probe");
    const { steps, calls } = fakeSteps(async () => undefined);
    setTimeout(() => void finish(jobId, { status: "succeeded", result: info }), 150);
    expect(await runMediaJob({ step: steps, runId: "run-inline" }, "probe", { type: "probe", input: "in/a.mp4" }, { inlineWaitMs: 5_000 })).toEqual(info);
    expect(calls).toEqual(["probe:enqueue"]);
  });

  it("throws NonRetriableError for bad input and a plain Error otherwise", async () => {
    const bad = mediaJobIdFor("run-2", "thumb");
    const badRun = runMediaJob({ step: fakeSteps(() => finish(bad, { status: "failed", failureKind: "bad_input", error: "not media" })).steps, runId: "run-2" }, "thumb", {
      type: "thumbnail",
      input: "in/x.txt",
      output: "out/x.jpg",
    });
    await expect(badRun).rejects.toBeInstanceOf(NonRetriableError);
    await expect(badRun).rejects.toThrow(/not media/);

    const flaky = mediaJobIdFor("run-3", "thumb");
    const flakyRun = runMediaJob({ step: fakeSteps(() => finish(flaky, { status: "failed", failureKind: "error", error: "disk full" })).steps, runId: "run-3" }, "thumb", {
      type: "thumbnail",
      input: "in/x.mp4",
      output: "out/x.jpg",
    });
    await expect(flakyRun).rejects.toThrow(/disk full/);
    await expect(flakyRun).rejects.not.toBeInstanceOf(NonRetriableError);
  });
});

describe.each(testDatabaseKinds())("runMediaJob in a workflow with a worker process on %s", (kind) => {
  let wf: TestWorkflows;
  let worker: TestWorker;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-run-media-"));
    const fx = await createMediaFixtures(path.join(dataDir, "fixtures"), { only: ["h264Aac", "notMedia"] });
    const storage = createLocalStorage(path.join(dataDir, "storage"));
    await storage.put("uploads/clip.mp4", { file: fx.h264Aac });
    await storage.put("uploads/notes.txt", { file: fx.notMedia });
    wf = await startTestWorkflows({
      kind,
      functions: (client) => [
        client.createFunction({ id: "probe-upload", retries: 0, triggers: [{ event: "test/probe.requested" }] }, async ({ event, step, runId }) => {
          const info = await runMediaJob({ step, runId }, "probe", { type: "probe", input: String(event.data.key) });
          return { width: info.video[0]?.width ?? null };
        }),
      ],
    });
    worker = spawnTestWorker({
      DATABASE_URL: wf.database.url,
      DATA_DIR: dataDir,
      INNGEST_BASE_URL: wf.runtimeUrl,
      INNGEST_EVENT_KEY: wf.eventKey,
    });
  });
  afterAll(async () => {
    worker?.child.kill("SIGKILL");
    await worker?.exited();
    await wf?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("returns the probe result, woken by media/job.finished rather than the 30 s timeout", async () => {
    const started = Date.now();
    await wf.client.send({ name: "test/probe.requested", data: { key: "uploads/clip.mp4" } });
    const run = await wf.waitForRun("probe-upload", { timeoutMs: 25_000 }).catch((error: unknown) => {
      throw new Error(`${String(error)}\nworker output:\n${worker.output()}`);
    });
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({ width: 320 });
    // A wait left pending would hold the run until its 30 s timeout.
    expect(Date.now() - started).toBeLessThan(12_000);
  });
});

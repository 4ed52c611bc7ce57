import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceInstances, type MediaJobRow } from "@/server/db/schema";
import { cancelMediaJob } from "@/server/media/cancel-media-job";
import { enqueueMediaJob } from "@/server/media/enqueue-media-job";
import { getMediaJob } from "@/server/media/get-media-job";
import { createMediaFixtures } from "@/server/media/testing/create-media-fixtures";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { spawnTestWorker, type TestWorker } from "./testing/spawn-test-worker";

const LEASE_MS = 1_500;

const children: TestWorker[] = [];

async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      const logs = children.map((c, i) => `--- worker ${i} (exit ${c.child.exitCode}):\n${c.output()}`);
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}\n${logs.join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A stand-in for the workflow runtime's event API: records what the worker sends.
async function startFakeEventApi() {
  const received: { name: string; data: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push(...(JSON.parse(body) as typeof received));
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ ids: ["evt"], status: 200 }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => server.close() };
}

describe.each(testDatabaseKinds())("media worker process on %s", (kind) => {
  let db: TestDatabase;
  let dataDir: string;
  let events: Awaited<ReturnType<typeof startFakeEventApi>>;
  const job = (jobId: string) => getMediaJob({ jobId });

  function spawnWorker(extra: Record<string, string> = {}): TestWorker {
    const worker = spawnTestWorker({
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      WORKER_LEASE_MS: String(LEASE_MS),
      INNGEST_BASE_URL: events.url,
      INNGEST_EVENT_KEY: "test-event-key",
      ...extra,
    });
    children.push(worker);
    return worker;
  }

  let worker: TestWorker;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-worker-"));
    events = await startFakeEventApi();
    const storage = createLocalStorage(path.join(dataDir, "storage"));
    const fx = await createMediaFixtures(path.join(dataDir, "fixtures"), { only: ["h264Aac", "corrupt"] });
    await storage.put("uploads/clip.mp4", { file: fx.h264Aac });
    await storage.put("uploads/corrupt.mp4", { file: fx.corrupt });
    worker = spawnWorker();
  });

  afterAll(async () => {
    const mine = children.splice(0);
    for (const w of mine) if (w.child.exitCode === null) w.child.kill("SIGKILL");
    await Promise.all(mine.map((w) => w.exited()));
    events?.close();
    await db?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("runs an ffprobe job on a clip in storage and announces it", async () => {
    const queued = await enqueueMediaJob({ job: { type: "probe", input: "uploads/clip.mp4" }, correlationId: "asset-1" });
    const done = await waitFor("probe job", () => job(queued.id), (j) => j.status !== "queued" && j.status !== "running");
    expect(done).toMatchObject({ status: "succeeded", progress: 100, attempts: 1, error: null, leaseOwner: null });
    expect(done.result).toMatchObject({ container: "mp4", video: [{ codec: "h264", width: 320, height: 240 }], problem: null });
    await waitFor("finished event", async () => events.received, (r) => r.some((e) => e.data.jobId === queued.id));
    expect(events.received.find((e) => e.data.jobId === queued.id)).toMatchObject({
      name: "media/job.finished",
      data: { jobId: queued.id, status: "succeeded" },
    });
    const [beat] = await db.db.select().from(serviceInstances).where(eq(serviceInstances.kind, "worker"));
    expect(beat?.meta).toMatchObject({ concurrency: 1 });
  });

  it("fails a job on a corrupt file with a readable error and keeps working", async () => {
    const bad = await enqueueMediaJob({ job: { type: "thumbnail", input: "uploads/corrupt.mp4", output: "thumbs/corrupt.jpg" } });
    const failed = await waitFor("corrupt job", () => job(bad.id), (j) => j.status === "failed");
    expect(failed).toMatchObject({ failureKind: "bad_input", attempts: 1 });
    expect(failed.error).toMatch(/incomplete or corrupt/);
    expect(failed.error).not.toContain(os.tmpdir());
    expect(failed.errorDetail).toContain("moov atom not found");

    const good = await enqueueMediaJob({ job: { type: "thumbnail", input: "uploads/clip.mp4", output: "thumbs/clip.jpg", width: 64 } });
    const done = await waitFor("next job", () => job(good.id), (j) => j.status === "succeeded" || j.status === "failed");
    expect(done).toMatchObject({ status: "succeeded", result: { width: 64, height: 48, format: "jpg" } });
    expect(fs.statSync(path.join(dataDir, "storage/thumbs/clip.jpg")).size).toBeGreaterThan(0);
    expect(worker.child.exitCode).toBeNull();
  });

  it("reclaims the job of a killed worker once its lease expires", async () => {
    const first = worker;
    const queued = await enqueueMediaJob({ job: { type: "lavfi-clip", output: "clips/reclaimed.mp4", durationSeconds: 2, realtime: true } });
    const taken = await waitFor("first worker to claim", () => job(queued.id), (j) => j.status === "running");
    first.child.kill("SIGKILL");
    await first.exited();
    const second = (worker = spawnWorker());
    const done: MediaJobRow = await waitFor("reclaimed job", () => job(queued.id), (j) => j.status === "succeeded" || j.status === "failed");
    expect(done).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(done.startedAt!.getTime()).toBeGreaterThanOrEqual(taken.leaseExpiresAt!.getTime());
    expect(fs.statSync(path.join(dataDir, "storage/clips/reclaimed.mp4")).size).toBeGreaterThan(0);
    expect(second.child.exitCode).toBeNull();
  });

  it("hands its running job back to the queue on SIGTERM (the second worker)", async () => {
    const long = await enqueueMediaJob({ job: { type: "lavfi-clip", output: "clips/sigterm.mp4", durationSeconds: 20, realtime: true } });
    await waitFor("job to start", () => job(long.id), (j) => j.status === "running");
    const progressed = await waitFor("progress", () => job(long.id), (j) => j.progress > 0, 5_000);
    expect(progressed.progress).toBeLessThan(100);
    worker.child.kill("SIGTERM");
    expect(await worker.exited()).toBe(0);
    expect(await job(long.id)).toMatchObject({ status: "queued", attempts: 0, leaseOwner: null });
    expect((await cancelMediaJob({ jobId: long.id })).status).toBe("cancelled");
  });

  it.runIf(kind === "postgres")("wakes on NOTIFY without waiting for its poll", async () => {
    const listener = (worker = spawnWorker({ WORKER_POLL_MS: "60000" }));
    await waitFor("worker to listen", async () => listener.output(), (out) => out.includes("running up to"));
    await new Promise((r) => setTimeout(r, 500)); // let its first (empty) claim finish
    const queued = await enqueueMediaJob({ job: { type: "probe", input: "uploads/clip.mp4" } });
    const done = await waitFor("notified job", () => job(queued.id), (j) => j.status === "succeeded", 5_000);
    expect(done.result).toMatchObject({ container: "mp4" });
  });
});

import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaJobs } from "@/server/db/schema";
import type { MediaInfo } from "@/server/media/ffmpeg/media-info";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { cancelMediaJob } from "./cancel-media-job";
import { claimMediaJobs } from "./claim-media-jobs";
import { enqueueMediaJob } from "./enqueue-media-job";
import { failAbandonedMediaJobs } from "./fail-abandoned-media-jobs";
import { getMediaJob } from "./get-media-job";
import { markMediaJobFailed } from "./mark-media-job-failed";
import { markMediaJobSucceeded } from "./mark-media-job-succeeded";
import { renewMediaJobLease } from "./renew-media-job-lease";

describe.each(testDatabaseKinds())("media job lifecycle on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await useTestDatabase(kind);
  });
  afterAll(() => db.close());
  const lease = { leaseMs: 60_000 };
  const info: MediaInfo = { container: "mp4", formatName: "mp4", durationSeconds: 1, sizeBytes: 1, bitrate: 1, video: [], audio: [], problem: null };
  const makeDue = (id: string) => db.db.update(mediaJobs).set({ runAfter: sql`now() - interval '1 second'` }).where(eq(mediaJobs.id, id));
  const expireLease = (id: string) =>
    db.db.update(mediaJobs).set({ leaseExpiresAt: sql`now() - interval '1 second'` }).where(eq(mediaJobs.id, id));
  const drain = async () => {
    await db.db.update(mediaJobs).set({ status: "cancelled" }).where(sql`${mediaJobs.status} in ('queued', 'running')`);
  };

  it("validates jobs and storage keys when enqueueing, and is idempotent by id", async () => {
    await expect(enqueueMediaJob({ job: { type: "probe", input: "../etc/passwd" } })).rejects.toMatchObject({ code: "invalid_parameters" });
    await expect(enqueueMediaJob({ job: { type: "thumbnail", input: "a.mp4", output: "a.gif" } })).rejects.toThrow(/output must end/);
    const first = await enqueueMediaJob({ id: "mj_fixed", job: { type: "probe", input: "in/a.mp4" }, correlationId: "asset-9" });
    const again = await enqueueMediaJob({ id: "mj_fixed", job: { type: "probe", input: "in/other.mp4" } });
    expect(again).toMatchObject({ id: "mj_fixed", correlationId: "asset-9", input: { input: "in/a.mp4" } });
    expect(first.status).toBe("queued");
    await expect(getMediaJob({ jobId: "mj_fixed", workspaceId: "ws_someone_else" })).rejects.toMatchObject({ code: "not_found" });
    await drain();
  });

  it("retries an ordinary failure with backoff, then fails for good after max attempts", async () => {
    const { id } = await enqueueMediaJob({ job: { type: "probe", input: "in/b.mp4" }, maxAttempts: 2 });
    const [claimed] = await claimMediaJobs({ owner: "w1", limit: 5, ...lease });
    expect(claimed).toMatchObject({ id, status: "running", attempts: 1, leaseOwner: "w1" });
    expect(await markMediaJobFailed({ jobId: id, owner: "w1", kind: "error", error: "disk full" })).toBe("queued");
    const waiting = await getMediaJob({ jobId: id });
    expect(waiting.runAfter.getTime()).toBeGreaterThan(Date.now() + 3_000);
    expect(await claimMediaJobs({ owner: "w1", limit: 5, ...lease })).toEqual([]); // backing off
    await makeDue(id);
    await claimMediaJobs({ owner: "w2", limit: 5, ...lease });
    expect(await markMediaJobFailed({ jobId: id, owner: "w2", kind: "error", error: "disk full again" })).toBe("failed");
    expect(await getMediaJob({ jobId: id })).toMatchObject({ status: "failed", attempts: 2, error: "disk full again", failureKind: "error" });
  });

  it("fails bad input at once, and ignores outcomes from a worker that no longer owns the job", async () => {
    const bad = await enqueueMediaJob({ job: { type: "probe", input: "in/c.txt" } });
    await claimMediaJobs({ owner: "w1", limit: 1, ...lease });
    expect(await markMediaJobFailed({ jobId: bad.id, owner: "w1", kind: "bad_input", error: "not media" })).toBe("failed");
    expect((await getMediaJob({ jobId: bad.id })).attempts).toBe(1);

    const job = await enqueueMediaJob({ job: { type: "probe", input: "in/d.mp4" } });
    await claimMediaJobs({ owner: "w1", limit: 1, ...lease });
    expect(await renewMediaJobLease({ jobId: job.id, owner: "w1", progress: 40, ...lease })).toBe(true);
    expect((await getMediaJob({ jobId: job.id })).progress).toBe(40);
    expect(await renewMediaJobLease({ jobId: job.id, owner: "intruder", ...lease })).toBe(false);
    expect((await cancelMediaJob({ jobId: job.id })).status).toBe("cancelled");
    expect(await renewMediaJobLease({ jobId: job.id, owner: "w1", ...lease })).toBe(false);
    expect(await markMediaJobSucceeded({ jobId: job.id, owner: "w1", result: info })).toBe(false);
    expect((await getMediaJob({ jobId: job.id })).status).toBe("cancelled");
  });

  it("reclaims an expired lease while attempts remain, then gives up", async () => {
    const { id } = await enqueueMediaJob({ job: { type: "probe", input: "in/e.mp4" }, maxAttempts: 2 });
    await claimMediaJobs({ owner: "dead-1", limit: 1, ...lease });
    expect(await claimMediaJobs({ owner: "w2", limit: 1, ...lease })).toEqual([]); // lease still valid
    await expireLease(id);
    expect(await claimMediaJobs({ owner: "dead-2", limit: 1, ...lease })).toMatchObject([{ id, attempts: 2, leaseOwner: "dead-2" }]);
    await expireLease(id);
    expect(await claimMediaJobs({ owner: "w3", limit: 1, ...lease })).toEqual([]);
    expect(await failAbandonedMediaJobs()).toEqual([id]);
    expect(await getMediaJob({ jobId: id })).toMatchObject({ status: "failed", error: "The worker running this job stopped 2 times; giving up" });
  });

  it("never hands one job to two concurrent claimers", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 6; i++) ids.add((await enqueueMediaJob({ job: { type: "probe", input: `in/f${i}.mp4` } })).id);
    const batches = await Promise.all(["a", "b", "c"].map((owner) => claimMediaJobs({ owner, limit: 2, ...lease })));
    const claimed = batches.flat().map((j) => j.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.every((id) => ids.has(id))).toBe(true);
    expect(claimed.length).toBeGreaterThan(0);
  });
});

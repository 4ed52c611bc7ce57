import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import { getStorage, useStorage } from "@/server/storage/get-storage";
import type { Storage } from "@/server/storage/storage";
import { recordHeartbeat } from "@/server/system/record-heartbeat";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";

async function health() {
  const res = await GET();
  return { status: res.status, cache: res.headers.get("cache-control"), body: (await res.json()) as Record<string, string> };
}

describe.each(testDatabaseKinds())("GET /api/health on %s", (kind) => {
  let db: TestDatabase;
  let dir: string;
  let storage: Storage;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-health-"));
    storage = createLocalStorage(path.join(dir, "storage"));
    useStorage(storage);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is degraded with 503 while no worker or workflow runtime has checked in", async () => {
    const { status, cache, body } = await health();
    expect(status).toBe(503);
    expect(cache).toBe("no-store");
    expect(body).toMatchObject({ status: "degraded", db: "ok", storage: "ok", ffmpeg: "ok" });
    expect(body.worker).toMatch(/no worker heartbeat/);
    expect(body.workflows).not.toBe("ok");
  });

  it("is ok with 200 once a worker and the workflow runtime beat, leaving no probe objects behind", async () => {
    await recordHeartbeat({ instanceId: "worker-test", kind: "worker" });
    await recordHeartbeat({ instanceId: "workflows-test", kind: "workflows" });
    const { status, body } = await health();
    expect(body).toEqual({ status: "ok", db: "ok", storage: "ok", worker: "ok", ffmpeg: "ok", workflows: "ok" });
    expect(status).toBe(200);
    expect(await getStorage().list("health/")).toEqual([]);
  });

  it("reports broken storage without leaking its path", async () => {
    const file = path.join(dir, "not-a-directory");
    fs.writeFileSync(file, "x");
    useStorage(createLocalStorage(file));
    try {
      const { status, body } = await health();
      expect(status).toBe(503);
      expect(body.storage).toMatch(/^failed/);
      expect(body.storage).not.toContain(dir);
      expect(body.db).toBe("ok");
    } finally {
      useStorage(storage);
    }
  });

  it("answers within the check timeout when a part hangs", async () => {
    const hanging: Storage = { ...storage, put: () => new Promise(() => undefined) };
    useStorage(hanging);
    try {
      const started = Date.now();
      const { body } = await health();
      expect(body.storage).toBe("timed out after 2 s");
      expect(Date.now() - started).toBeLessThan(3_500);
    } finally {
      useStorage(storage);
    }
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { liveStreams, simulcastTargets } from "@/server/db/schema";
import { newId } from "@/server/ids";
import { freePort } from "@/server/testing/free-port";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { createSimulcastFeed } from "./create-simulcast-feed";
import { syncSimulcastTargets, type RunningSimulcastTargets } from "./sync-simulcast-targets";
import { makeTestFlv, paceBytes } from "./testing/make-test-flv";
import { probeVideoFrames, startRtmpReceiver } from "./testing/start-rtmp-receiver";

describe.each(testDatabaseKinds())("syncSimulcastTargets on %s", (kind) => {
  let test: TestDatabase;
  let dir: string;
  let flv: Buffer;
  let workspaceId: string;

  beforeAll(async () => {
    test = await useTestDatabase(kind);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-simulcast-sync-"));
    flv = fs.readFileSync(await makeTestFlv(path.join(dir, "source.flv"), { seconds: 8, keyframeSeconds: 0.5 }));
    const org = await ensureDefaultSetup();
    workspaceId = (await createWorkspace({ organizationId: org.id, name: "simulcast" })).id;
  });
  afterAll(async () => {
    await test.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const rowOf = async (id: string) => (await test.db.select().from(simulcastTargets).where(eq(simulcastTargets.id, id)))[0]!;
  const waitForRow = async (id: string, done: (row: Awaited<ReturnType<typeof rowOf>>) => boolean) => {
    for (const deadline = Date.now() + 10_000; ; await new Promise((r) => setTimeout(r, 50))) {
      const row = await rowOf(id);
      if (done(row) || Date.now() > deadline) return row;
    }
  };

  it("runs the stream's targets from its rows, records each one's status, and stops them with the feed", async () => {
    const liveStreamId = newId();
    await test.db.insert(liveStreams).values({ id: liveStreamId, workspaceId, streamKey: newId(), status: "active" });
    const receiverPort = await freePort();
    const [good, bad] = [newId(), newId()];
    await test.db.insert(simulcastTargets).values([
      { id: good, liveStreamId, workspaceId, url: `rtmp://127.0.0.1:${receiverPort}/app`, streamKey: "secret-key" },
      { id: bad, liveStreamId, workspaceId, url: `rtmp://127.0.0.1:${await freePort()}/app`, streamKey: "other" },
    ]);
    const out = path.join(dir, `received-${kind}.flv`);
    const receiver = startRtmpReceiver(receiverPort, out);
    await new Promise((r) => setTimeout(r, 300));

    const feed = createSimulcastFeed(paceBytes(flv, 5));
    const running: RunningSimulcastTargets = new Map();
    const sync = (current: typeof feed | null = feed) => syncSimulcastTargets({ liveStreamId, running, feed: current, retryMs: { initial: 200, max: 400 } });
    await sync();
    expect([...running.keys()].sort()).toEqual([good, bad].sort());
    expect(await waitForRow(good, (r) => r.status === "broadcasting")).toMatchObject({ status: "broadcasting", error: null });
    expect((await waitForRow(bad, (r) => r.status === "errored")).error).toMatch(/Connection refused/i);

    // A deleted target stops; the other keeps running (a second sync changes nothing for it).
    const goodRun = running.get(good);
    await test.db.delete(simulcastTargets).where(eq(simulcastTargets.id, bad));
    await sync();
    expect([...running.keys()]).toEqual([good]);
    expect(running.get(good)).toBe(goodRun);

    // The publisher leaves: no feed, every push stops and its row goes idle.
    await new Promise((r) => setTimeout(r, 1_000));
    await sync(null);
    expect(running.size).toBe(0);
    expect(await rowOf(good)).toMatchObject({ status: "idle", error: null });
    expect(await Promise.race([receiver.exited, new Promise((r) => setTimeout(() => r(null), 10_000))])).toMatchObject({ code: 0 });
    const video = await probeVideoFrames(out);
    expect(video).toMatchObject({ codec: "h264", width: 320, height: 240 });
    expect(video.frames).toBeGreaterThan(25);
  });
});

import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/server/testing/free-port";
import { createSimulcastFeed } from "./create-simulcast-feed";
import { startSimulcastTarget, type SimulcastStatus } from "./start-simulcast-target";
import { makeTestFlv, paceBytes } from "./testing/make-test-flv";
import { probeVideoFrames, startRtmpReceiver } from "./testing/start-rtmp-receiver";

describe("startSimulcastTarget", () => {
  let dir: string;
  let flv: Buffer;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-simulcast-"));
    flv = fs.readFileSync(await makeTestFlv(path.join(dir, "source.flv"), { seconds: 6, keyframeSeconds: 0.5 }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("joins a live feed mid-stream and pushes it to an RTMP receiver, which gets decodable video", async () => {
    const port = await freePort();
    const out = path.join(dir, "received.flv");
    const receiver = startRtmpReceiver(port, out);
    await new Promise((r) => setTimeout(r, 300));
    const source = paceBytes(flv, 3);
    const feed = createSimulcastFeed(source);
    const sourceEnded = new Promise((r) => source.once("end", r));
    await new Promise((r) => setTimeout(r, 800));

    const statuses: { status: SimulcastStatus; error?: string }[] = [];
    const push = startSimulcastTarget({
      target: { id: "t1", url: `rtmp://127.0.0.1:${port}/app/`, streamKey: "secret-key" },
      flv: feed.flv,
      flvHeader: feed.primingHeader(),
      retryMs: { initial: 200, max: 1_000 },
      onStatus: (status, error) => statuses.push({ status, error }),
    });
    await sourceEnded;
    const received = await Promise.race([receiver.exited, new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
    await push.stop();
    if (!received) receiver.kill();
    expect(received).toMatchObject({ code: 0 });
    expect(statuses.map((s) => s.status)).toEqual(["starting", "broadcasting"]);

    const video = await probeVideoFrames(out);
    expect(video).toMatchObject({ codec: "h264", width: 320, height: 240 });
    // Joined ~1.6 s into 6 s of video: the rest, from the next keyframe on, arrives.
    expect(video.frames).toBeGreaterThan(60);
    expect(video.frames).toBeLessThan(150);
  });

  it("reports a refusing target as errored with the reason and retries, while the feed is read at its own pace", async () => {
    const port = await freePort(); // nothing listens there
    const source = paceBytes(flv, 2);
    const statuses: { status: SimulcastStatus; error?: string }[] = [];
    const started = Date.now();
    const sourceEnded = new Promise<number>((r) => source.once("end", () => r(Date.now() - started)));
    const push = startSimulcastTarget({
      target: { id: "t2", url: `rtmp://127.0.0.1:${port}/app`, streamKey: "do-not-leak" },
      flv: source,
      flvHeader: flv.subarray(0, 13),
      retryMs: { initial: 100, max: 400 },
      onStatus: (status, error) => statuses.push({ status, error }),
    });
    const elapsed = await sourceEnded;
    await push.stop();
    // Every byte was read, at the pace it was offered (2 s), not held up by the failing push.
    expect(elapsed).toBeLessThan(3_000);
    const errors = statuses.filter((s) => s.status === "errored");
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors[0]!.error).toMatch(/Connection refused/i);
    expect(errors[0]!.error).not.toContain("do-not-leak");
    expect(statuses.filter((s) => s.status === "starting").length).toBeGreaterThanOrEqual(2);
    expect(statuses.some((s) => s.status === "broadcasting")).toBe(false);
  });

  it("gives up on a target that accepts the connection but never answers, without holding the feed", async () => {
    // A TCP server that takes the connection and then says nothing: the RTMP handshake never ends.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", () => r()));
    const port = (silent.address() as net.AddressInfo).port;
    const source = paceBytes(flv, 1.5);
    const statuses: { status: SimulcastStatus; error?: string }[] = [];
    const started = Date.now();
    const sourceEnded = new Promise<number>((r) => source.once("end", () => r(Date.now() - started)));
    const push = startSimulcastTarget({
      target: { id: "t3", url: `rtmp://127.0.0.1:${port}/app`, streamKey: "k" },
      flv: source,
      flvHeader: flv.subarray(0, 13),
      maxBufferedBytes: 16 * 1024,
      startTimeoutMs: 800,
      retryMs: { initial: 5_000, max: 5_000 },
      onStatus: (status, error) => statuses.push({ status, error }),
    });
    expect(await sourceEnded).toBeLessThan(2_500);
    for (const deadline = Date.now() + 3_000; !statuses.some((s) => s.status === "errored") && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
    await push.stop();
    silent.close();
    expect(statuses).toEqual([{ status: "starting", error: undefined }, { status: "errored", error: "the target did not accept the stream within 1 s" }]);
  });
});

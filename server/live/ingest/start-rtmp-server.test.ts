import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeMedia } from "@/server/media/ffmpeg/probe-media";
import { startRtmpServer } from "./start-rtmp-server";
import { publishTestStream } from "./testing/publish-test-stream";
import { rawRtmpPublish } from "./testing/raw-rtmp-publish";
import { readFlv, writeTempFlv } from "./testing/read-flv";
import { recordIngest } from "./testing/record-ingest";

describe("RTMP ingest", () => {
  const ingest = recordIngest(["good-key", "other-key"]);
  let server: Awaited<ReturnType<typeof startRtmpServer>>;
  const url = (pathname: string) => `rtmp://127.0.0.1:${server.port}${pathname}`;

  beforeAll(async () => {
    server = await startRtmpServer({ host: "127.0.0.1", port: 0, handler: ingest.handler });
  });
  afterAll(() => server.close());

  it("turns a published stream into FLV with stats, and closes when the publisher stops", async () => {
    const publisher = publishTestStream(url("/live/good-key"), { seconds: 4 });
    const { connection, flv } = await ingest.nextConnection(0);
    expect(connection).toMatchObject({ protocol: "rtmp", streamKey: "good-key", remoteAddress: "127.0.0.1" });
    expect(await connection.videoReady).toEqual({ codec: "h264", width: 640, height: 360, frameRate: 30 });

    const { code } = await publisher.exited;
    expect(code).toBe(0);
    expect(await connection.closed).toEqual({ reason: "the publisher stopped publishing" });

    const stats = connection.stats();
    expect(stats).toMatchObject({ videoCodec: "h264", audioCodec: "aac", width: 640, height: 360, frameRate: 30, keyframeIntervalSeconds: 2 });
    expect(stats.fps).toBeGreaterThan(28);
    expect(stats.fps).toBeLessThan(32);
    expect(stats.mediaSeconds).toBeGreaterThan(3.5);
    expect(stats.mediaSeconds).toBeLessThan(4.5);
    expect(stats.keyframes).toBe(2);
    expect(stats.bitrateKbps).toBeGreaterThan(100);
    expect(stats.firstVideoAt).toBeGreaterThanOrEqual(stats.connectedAt);

    const bytes = Buffer.concat(flv);
    expect(bytes.subarray(0, 3).toString()).toBe("FLV");
    expect(stats.bytesReceived).toBeGreaterThan(bytes.length * 0.9);
    const { header, tags } = readFlv(bytes);
    expect(header).toEqual({ audio: true, video: true });
    expect(tags[0]!.info.media).toBe("script");
    expect(tags.find((t) => t.info.media === "video")?.info.sequenceHeader).toBe(true);
    expect(tags.filter((t) => t.info.media === "audio" && t.info.frame).length).toBeGreaterThan(100);

    const info = await probeMedia(writeTempFlv(bytes));
    expect(info.video[0]).toMatchObject({ codec: "h264", width: 640, height: 360 });
    expect(info.audio[0]?.codec).toBe("aac");
    expect(info.durationSeconds).toBeGreaterThan(3.5);
  });

  it("refuses a wrong stream key before any media", async () => {
    const publisher = publishTestStream(url("/live/wrong-key"), { seconds: 10 });
    const { code, afterMs, stderr } = await publisher.exited;
    expect(code).not.toBe(0);
    expect(afterMs).toBeLessThan(5_000);
    expect(stderr).toContain("Unknown stream key");
    expect(ingest.requests.at(-1)).toMatchObject({ protocol: "rtmp", streamKey: "wrong-key" });
    expect(ingest.connections.every((c) => c.connection.streamKey !== "wrong-key")).toBe(true);
  });

  it("refuses an application other than live without asking for the key", async () => {
    const before = ingest.requests.length;
    const { code, afterMs } = await publishTestStream(url("/other/good-key"), { seconds: 10 }).exited;
    expect(code).not.toBe(0);
    expect(afterMs).toBeLessThan(5_000);
    expect(ingest.requests.length).toBe(before);
  });

  it("drops the publisher on close(), reading the key without the query string", async () => {
    const taken = ingest.connections.length;
    const publisher = publishTestStream(url("/live/other-key?token=abc"), { seconds: 30 });
    const { connection } = await ingest.nextConnection(taken);
    expect(connection.streamKey).toBe("other-key");
    await connection.videoReady;
    connection.close("stream disabled");
    expect(await connection.closed).toEqual({ reason: "stream disabled" });
    const { code, afterMs } = await publisher.exited;
    expect(code).not.toBe(0);
    expect(afterMs).toBeLessThan(10_000);
  });
});

describe("RTMP ingest for an encoder that does not wait for Publish.Start", () => {
  const ingest = recordIngest(["eager-key"], { authorizeDelayMs: 200 });
  let server: Awaited<ReturnType<typeof startRtmpServer>>;

  beforeAll(async () => {
    server = await startRtmpServer({ host: "127.0.0.1", port: 0, handler: ingest.handler });
  });
  afterAll(() => server.close());

  it("keeps the media sent while the key was being checked", async () => {
    const avcRecord = Buffer.from("0164001effe1001b6764001eacd940a02ff9610000030001000003003c8f162d9601000668ebe3cb22c0", "hex");
    const socket = await rawRtmpPublish(server.port, "eager-key", [
      { type: 9, timestamp: 0, payload: Buffer.concat([Buffer.from([0x17, 0, 0, 0, 0]), avcRecord]) },
      { type: 9, timestamp: 0, payload: Buffer.concat([Buffer.from([0x17, 1, 0, 0, 0]), Buffer.alloc(300)]) },
    ]);
    const { connection, flv } = await ingest.nextConnection(0);
    expect(await connection.videoReady).toEqual({ codec: "h264", width: 640, height: 360, frameRate: null });
    socket.end();
    expect(await connection.closed).toEqual({ reason: "the publisher disconnected" });
    const { tags } = readFlv(Buffer.concat(flv));
    expect(tags.map((t) => [t.info.media, t.info.sequenceHeader, t.info.keyframe])).toEqual([
      ["video", true, false],
      ["video", false, true],
    ]);
  });
});

describe("RTMPS ingest", () => {
  const ingest = recordIngest(["tls-key"]);
  let server: Awaited<ReturnType<typeof startRtmpServer>>;

  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-rtmps-"));
    const [cert, key] = [path.join(dir, "cert.pem"), path.join(dir, "key.pem")];
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost"], { stdio: "ignore" });
    server = await startRtmpServer({ host: "127.0.0.1", port: 0, tls: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, handler: ingest.handler });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("accepts a publisher over TLS", async () => {
    const publisher = publishTestStream(`rtmps://127.0.0.1:${server.port}/live/tls-key`, { seconds: 3 });
    const { connection, flv } = await ingest.nextConnection(0);
    expect(connection.protocol).toBe("rtmps");
    expect((await connection.videoReady)?.codec).toBe("h264");
    expect((await publisher.exited).code).toBe(0);
    await connection.closed;
    expect(Buffer.concat(flv).subarray(0, 3).toString()).toBe("FLV");
    expect(connection.stats().videoFrames).toBeGreaterThan(80);
  });
});

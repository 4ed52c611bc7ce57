import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeMedia } from "@/server/media/ffmpeg/probe-media";
import { startSrtServer } from "./start-srt-server";
import { publishTestStream } from "./testing/publish-test-stream";
import { readFlv, writeTempFlv } from "./testing/read-flv";
import { recordIngest } from "./testing/record-ingest";

describe("SRT ingest", () => {
  const ingest = recordIngest(["srt-key", "mux-style-key"]);
  let server: Awaited<ReturnType<typeof startSrtServer>>;
  const url = (streamId?: string) => `srt://127.0.0.1:${server.port}${streamId === undefined ? "" : `?streamid=${streamId}`}`;

  beforeAll(async () => {
    server = await startSrtServer({ host: "127.0.0.1", port: 0, handler: ingest.handler });
  });
  afterAll(() => server.close());

  it("turns an SRT caller's MPEG-TS into FLV with stats, and closes when the caller leaves", async () => {
    const publisher = publishTestStream(url("srt-key"), { seconds: 5 });
    const { connection, flv } = await ingest.nextConnection(0);
    expect(connection).toMatchObject({ protocol: "srt", streamKey: "srt-key", remoteAddress: "127.0.0.1" });
    expect(await connection.videoReady).toEqual({ codec: "h264", width: 640, height: 360, frameRate: 30 });

    expect((await publisher.exited).code).toBe(0);
    expect(await connection.closed).toEqual({ reason: "the SRT caller disconnected" });

    const stats = connection.stats();
    expect(stats).toMatchObject({ videoCodec: "h264", audioCodec: "aac", width: 640, height: 360, keyframeIntervalSeconds: 2 });
    expect(stats.fps).toBeGreaterThan(28);
    expect(stats.fps).toBeLessThan(32);
    expect(stats.mediaSeconds).toBeGreaterThan(4.5);
    expect(stats.videoFrames).toBeGreaterThan(120); // of 150: no GOP (60) lost to probing; a few may go at shutdown
    expect(stats.bytesReceived).toBeGreaterThan(200_000);

    const bytes = Buffer.concat(flv);
    const { tags } = readFlv(bytes);
    expect(bytes.subarray(0, 3).toString()).toBe("FLV");
    expect(tags.some((t) => t.info.media === "video" && t.info.keyframe)).toBe(true);
    expect(tags.some((t) => t.info.media === "audio" && t.info.frame)).toBe(true);
    const info = await probeMedia(writeTempFlv(bytes));
    expect(info.video[0]).toMatchObject({ codec: "h264", width: 640, height: 360 });
    expect(info.audio[0]?.codec).toBe("aac");
  });

  it("accepts the #!::r=<key>,m=publish streamid and drops the caller on close()", async () => {
    const taken = ingest.connections.length;
    const publisher = publishTestStream(url("#!::r=mux-style-key,m=publish"), { seconds: 30 });
    const { connection } = await ingest.nextConnection(taken);
    expect(connection.streamKey).toBe("mux-style-key");
    expect((await connection.videoReady)?.codec).toBe("h264");
    connection.close("stream disabled");
    expect(await connection.closed).toEqual({ reason: "stream disabled" });
    const { code, afterMs } = await publisher.exited;
    expect(code).not.toBe(0);
    expect(afterMs).toBeLessThan(15_000);
  });

  it("closes with ffmpeg's reason when the caller's video cannot be carried in FLV (HEVC)", async () => {
    const taken = ingest.connections.length;
    const publisher = publishTestStream(url("srt-key"), { seconds: 3, videoOnly: true, hevc: true });
    const { connection } = await ingest.nextConnection(taken);
    expect(await connection.videoReady).toBeNull();
    expect(await connection.closed).toEqual({ reason: "the SRT receiver stopped: Video codec hevc not compatible with flv" });
    publisher.stop();
  });

  it("rejects a wrong key in the handshake, quickly", async () => {
    const taken = ingest.connections.length;
    const { code, afterMs } = await publishTestStream(url("wrong-key"), { seconds: 10 }).exited;
    expect(code).not.toBe(0);
    expect(afterMs).toBeLessThan(5_000);
    expect(ingest.requests.at(-1)).toMatchObject({ protocol: "srt", streamKey: "wrong-key" });
    expect(ingest.connections.length).toBe(taken);
  });

  it("rejects a caller without a streamid without asking for a key", async () => {
    const before = ingest.requests.length;
    const { code, afterMs } = await publishTestStream(url(), { seconds: 10 }).exited;
    expect(code).not.toBe(0);
    expect(afterMs).toBeLessThan(5_000);
    expect(ingest.requests.length).toBe(before);
  });
});

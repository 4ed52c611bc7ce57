import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createIngestConnection } from "./create-ingest-connection";
import { encodeAmf0 } from "./encode-amf0";
import { readFlv } from "./testing/read-flv";

const video = (timestamp: number, bytes: number[], size = 10) => ({ type: 9, timestamp, data: Buffer.concat([Buffer.from(bytes), Buffer.alloc(size)]) });
const sequenceHeader = video(0, [0x17, 0, 0, 0, 0]);
const keyframe = (timestamp: number, size?: number) => video(timestamp, [0x17, 1, 0, 0, 0], size);
const metadata = { type: 18, timestamp: 0, data: encodeAmf0(["onMetaData", { width: 1280, height: 720, framerate: 25, videocodecid: 7 }]) };

describe("createIngestConnection", () => {
  const source = { pause: vi.fn(), resume: vi.fn(), close: vi.fn() };
  const open = () => createIngestConnection({ protocol: "rtmp", streamKey: "k", remoteAddress: "127.0.0.1", source });

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.clearAllMocks();
  });

  it("writes an FLV with the tracks the metadata names, dropping frames that precede their sequence header", async () => {
    const ingest = open();
    const chunks: Buffer[] = [];
    ingest.connection.flv.on("data", (chunk: Buffer) => chunks.push(chunk));
    ingest.writeTag(metadata);
    ingest.writeTag(keyframe(0)); // no sequence header yet: undecodable
    ingest.writeTag(sequenceHeader);
    ingest.writeTag(keyframe(40));
    ingest.end("done");
    await vi.runAllTimersAsync();

    const { header, tags } = readFlv(Buffer.concat(chunks));
    expect(header).toEqual({ video: true, audio: false });
    expect(tags.map((t) => [t.info.media, t.info.sequenceHeader, t.timestamp])).toEqual([
      ["script", false, 0],
      ["video", true, 0],
      ["video", false, 40],
    ]);
    expect(await ingest.connection.videoReady).toEqual({ codec: "h264", width: 1280, height: 720, frameRate: 25 });
    expect(await ingest.connection.closed).toEqual({ reason: "done" });
    expect(ingest.connection.stats()).toMatchObject({ videoFrames: 1, keyframes: 1, width: 1280, height: 720 });
  });

  it("pauses the source while nobody reads, and gives up after 10 s", async () => {
    const ingest = open();
    ingest.writeTag(sequenceHeader);
    for (let i = 0; i < 4; i++) ingest.writeTag(keyframe(i * 40, 1024 * 1024));
    expect(source.pause).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(source.close).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await ingest.connection.closed).toEqual({ reason: "nothing read the stream for 10 s" });
    expect(source.close).toHaveBeenCalledWith("nothing read the stream for 10 s");
  });

  it("resumes the source once the reader catches up", async () => {
    const ingest = open();
    ingest.writeTag(sequenceHeader);
    for (let i = 0; i < 4; i++) ingest.writeTag(keyframe(i * 40, 1024 * 1024));
    ingest.connection.flv.resume();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(source.resume).toHaveBeenCalled();
    expect(source.close).not.toHaveBeenCalled();
  });

  it("reports no video after 10 s without a video frame", async () => {
    const ingest = open();
    ingest.writeTag({ type: 8, timestamp: 0, data: Buffer.from([0xaf, 0, 0x12, 0x10]) });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await ingest.connection.videoReady).toBeNull();
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import type { Storage } from "@/server/storage/storage";
import { createFragmentReader } from "./create-fragment-reader";
import { createLivePackager } from "./create-live-packager";
import type { LivePackager, LiveRenditionSpec } from "./live-packager-types";
import { parseFragment } from "./parse-fragment";
import { type InitSegmentInfo, parseInitSegment } from "./parse-init-segment";
import { parseMediaPlaylist } from "./testing/parse-media-playlist";
import { spawnTestFeed } from "./testing/spawn-test-feed";

const hi: LiveRenditionSpec = { name: "hi", width: 320, height: 180, frameRate: 30, bandwidth: 800_000 };
const lo: LiveRenditionSpec = { name: "lo", width: 160, height: 90, frameRate: 30, bandwidth: 300_000 };

let dir: string;
let storage: Storage;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-live-packager-"));
  storage = createLocalStorage(dir);
});
// Storage writes of the last segments may still be landing.
afterAll(async () => {
  await new Promise((r) => setTimeout(r, 500));
  // A temporary directory left behind is not the packager's failure.
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  } catch (error) {
    console.warn(`could not remove ${dir}`, error);
  }
});

const text = async (packager: LivePackager, file: string, query: Record<string, string> = {}) => {
  const response = await packager.handle(file, new URLSearchParams(query));
  return { status: response.status, headers: response.headers, body: String(response.body) };
};
const playlist = async (packager: LivePackager, file: string, query: Record<string, string> = {}) => {
  const response = await text(packager, file, query);
  expect(response.status, response.body).toBe(200);
  return parseMediaPlaylist(response.body);
};

/** hls.js-relevant invariants of any media playlist we serve. */
function expectPlayableTiming(list: ReturnType<typeof parseMediaPlaylist>) {
  for (const segment of list.segments) {
    if (segment.duration !== null) expect(Math.round(segment.duration)).toBeLessThanOrEqual(list.targetDuration);
    for (const part of segment.parts) expect(part.duration).toBeLessThanOrEqual(list.partTarget!);
  }
  expect(list.segments.every((s) => s.programDateTime !== null)).toBe(true);
}

describe("LL-HLS from a real-time ffmpeg feed (two renditions)", () => {
  let packager: LivePackager;
  let feed: ReturnType<typeof spawnTestFeed>;
  const startedAt = Date.now();

  beforeAll(async () => {
    packager = createLivePackager({ liveStreamId: "ls-rt", latencyMode: "low", renditions: [hi, lo], dvrWindowSeconds: 60, storage, storagePrefix: "live/ls-rt/s1" });
    feed = spawnTestFeed({ realtime: true, sizes: ["320x180", "160x90"] });
    const connection = packager.beginConnection({ wallClockAtStart: startedAt });
    feed.outputs[0]!.pipe(connection.input("hi"));
    feed.outputs[1]!.pipe(connection.input("lo"));
    // Two complete segments (the first playlist request waits for the first part).
    await playlist(packager, "hi.m3u8");
    await playlist(packager, "hi.m3u8", { _HLS_msn: "1" });
    await playlist(packager, "hi.m3u8", { _HLS_msn: "2" });
  });
  afterAll(async () => {
    await feed?.stop();
    packager?.close();
  });

  it("serves a master playlist with the CODECS of the init segments", async () => {
    const master = await text(packager, "index.m3u8");
    expect(master.headers["Content-Type"]).toBe("application/vnd.apple.mpegurl");
    expect(master.body).toContain("#EXT-X-INDEPENDENT-SEGMENTS");
    expect(master.body).toMatch(/#EXT-X-STREAM-INF:BANDWIDTH=800000,CODECS="avc1\.[0-9a-f]{6},mp4a\.40\.2",RESOLUTION=320x180,FRAME-RATE=30\.000\nhi\.m3u8/);
    expect(master.body).toMatch(/BANDWIDTH=300000,CODECS="avc1\.[0-9a-f]{6},mp4a\.40\.2",RESOLUTION=160x90,FRAME-RATE=30\.000\nlo\.m3u8/);
  });

  it("lists ~0.33 s parts of ~2 s segments with every LL-HLS tag", async () => {
    const list = await playlist(packager, "hi.m3u8");
    expect(list.version).toBeGreaterThanOrEqual(9);
    expect(list.targetDuration).toBe(2);
    expect(list.serverControl).toMatchObject({ "CAN-BLOCK-RELOAD": "YES", "CAN-SKIP-UNTIL": "12.0" });
    expect(Number(list.serverControl["PART-HOLD-BACK"])).toBeGreaterThanOrEqual(2 * list.partTarget!);
    expect(list.partTarget).toBeGreaterThan(0.33);
    expect(list.partTarget).toBeLessThan(0.4);
    expect(list.lines).toContain('#EXT-X-MAP:URI="hi/init-0.mp4"');
    expect(list.preloadHint).toMatch(/^hi\/\d+\.\d+\.m4s$/);
    expect(list.reports).toEqual([{ URI: "lo.m3u8", "LAST-MSN": expect.stringMatching(/^\d+$/), "LAST-PART": expect.stringMatching(/^\d+$/) }]);

    const complete = list.segments.filter((s) => s.duration !== null);
    expect(complete.length).toBeGreaterThanOrEqual(2);
    for (const segment of complete) {
      expect(segment.duration).toBeGreaterThan(1.95);
      expect(segment.duration).toBeLessThan(2.1);
      expect(segment.parts).toHaveLength(6);
      expect(segment.parts.map((p) => p.independent)).toEqual([true, false, false, false, false, false]);
      for (const part of segment.parts.slice(1)) expect(part.duration).toBeCloseTo(1 / 3, 2);
    }
    // Program date time: the wall clock at start plus media time.
    expect(Math.abs(complete[0]!.programDateTime! - startedAt)).toBeLessThan(50);
    expect(complete[1]!.programDateTime! - complete[0]!.programDateTime!).toBeCloseTo(complete[0]!.duration! * 1000, -1);
    expectPlayableTiming(list);
  });

  it("holds a blocking playlist request until the segment it asks for exists", async () => {
    const before = await playlist(packager, "hi.m3u8");
    const wanted = before.segments.filter((s) => s.duration !== null).at(-1)!.msn + 2;
    expect(before.segments.some((s) => s.msn === wanted && s.duration !== null)).toBe(false);
    const t0 = Date.now();
    const after = await playlist(packager, "hi.m3u8", { _HLS_msn: String(wanted) });
    const waited = Date.now() - t0;
    expect(waited).toBeGreaterThan(1000);
    expect(waited).toBeLessThan(5000);
    expect(after.segments.find((s) => s.msn === wanted)?.uri).toBe(`hi/${wanted}.m4s`);
    expectPlayableTiming(after);
  });

  it("holds a request for the preload-hinted part until the part exists", async () => {
    const before = await playlist(packager, "hi.m3u8");
    const hint = before.preloadHint!;
    const [msn, part] = hint.slice(3, -4).split(".").map(Number) as [number, number];
    const partRequest = packager.handle(hint, new URLSearchParams());
    const list = await playlist(packager, "hi.m3u8", { _HLS_msn: String(msn), _HLS_part: String(part) });
    expect(list.segments.find((s) => s.msn === msn)?.parts[part]?.uri).toBe(hint);
    const response = await partRequest;
    expect(response.status).toBe(200);
    expect(response.headers["Content-Type"]).toBe("video/iso.segment");
    expect(Buffer.from(response.body as Uint8Array).toString("latin1", 4, 8)).toBe("moof");
  });

  it("refuses a request too far beyond the live edge with 400", async () => {
    const list = await playlist(packager, "hi.m3u8");
    const last = list.segments.at(-1)!.msn;
    expect((await text(packager, "hi.m3u8", { _HLS_msn: String(last + 3) })).status).toBe(400);
    expect((await text(packager, "hi.m3u8", { _HLS_part: "1" })).status).toBe(400);
    expect((await text(packager, "hi/999999.0.m4s")).status).toBe(404);
  });
});

describe("packaging a pre-encoded feed", () => {
  let clip: Buffer;
  beforeAll(async () => {
    const feed = spawnTestFeed({ realtime: false, seconds: 20, sizes: ["320x180"] });
    clip = await buffer(feed.outputs[0]!);
    await feed.stop();
  });

  const feedClip = async (packager: LivePackager, wallClockAtStart: number) => {
    const connection = packager.beginConnection({ wallClockAtStart });
    const input = connection.input("hi");
    for (let at = 0; at < clip.length; at += 50_000) input.write(clip.subarray(at, at + 50_000));
    input.end();
    await connection.done();
  };
  const newPackager = (latencyMode: "low" | "reduced" | "standard", dvrWindowSeconds: number, prefix: string) =>
    createLivePackager({ liveStreamId: prefix, latencyMode, renditions: [hi], dvrWindowSeconds, storage, storagePrefix: `live/${prefix}/s1` });

  it("reads tracks, codecs, timing and keyframes however the bytes are chunked", () => {
    let init: InitSegmentInfo | null = null;
    const video: { sync: boolean; duration: number }[] = [];
    const reader = createFragmentReader({
      onInit: (bytes) => (init = parseInitSegment(bytes)),
      onFragment: (bytes) => {
        const track = parseFragment(bytes, init!).find((t) => t.kind === "video")!;
        video.push({ sync: track.firstSampleSync, duration: track.duration / track.timescale });
      },
    });
    for (let at = 0, size = 1; at < clip.length; at += size, size = (size * 7919) % 9973) reader.push(clip.subarray(at, at + size));
    expect(init!.tracks.map((t) => [t.kind, t.timescale])).toEqual([["video", 15360], ["audio", 44100]]);
    expect(init!.codecs).toMatch(/^avc1\.[0-9a-f]{6},mp4a\.40\.2$/);
    expect(video.length).toBeGreaterThanOrEqual(58);
    expect(video.flatMap((v, i) => (v.sync ? [i] : []))).toEqual(video.map((_, i) => i).filter((i) => i % 6 === 0));
  });

  it("answers _HLS_skip=YES with a delta update, and a reconnect with a discontinuity, a new map and continuing MSNs", async () => {
    const packager = newPackager("low", 600, "ls-skip");
    const t1 = Date.parse("2030-01-01T00:00:00Z");
    await feedClip(packager, t1);
    const full = await playlist(packager, "hi.m3u8");
    expect(full.segments.map((s) => s.msn)).toEqual([...Array(10).keys()]);
    const delta = await playlist(packager, "hi.m3u8", { _HLS_skip: "YES" });
    const end = full.segments.reduce((sum, s) => sum + s.duration!, 0);
    const skippable = full.segments.filter((s, i) => full.segments.slice(0, i + 1).reduce((sum, x) => sum + x.duration!, 0) <= end - 12);
    expect(delta.skipped).toBe(skippable.length);
    expect(delta.skipped).toBeGreaterThan(0);
    expect(delta.lines).toContain(`#EXT-X-SKIP:SKIPPED-SEGMENTS=${delta.skipped}`);
    expect(delta.segments[0]).toMatchObject({ msn: delta.skipped, map: "hi/init-0.mp4", uri: `hi/${delta.skipped}.m4s` });

    const t2 = t1 + 60_000;
    await feedClip(packager, t2);
    const after = await playlist(packager, "hi.m3u8");
    const second = after.segments.find((s) => s.msn === 10)!;
    expect(second).toMatchObject({ discontinuity: true, map: "hi/init-1.mp4", programDateTime: t2 });
    expect(after.segments.filter((s) => s.discontinuity)).toHaveLength(1);
    expect(after.segments.at(-1)!.msn).toBe(19);
    expect((await packager.handle("hi/init-1.mp4", new URLSearchParams())).status).toBe(200);
    expect(packager.mediaSeconds()).toBeCloseTo(40, 0);

    // end(): waiting requests return at once, with EXT-X-ENDLIST.
    const waiting = text(packager, "hi.m3u8", { _HLS_msn: "20" });
    packager.end();
    const ended = parseMediaPlaylist((await waiting).body);
    expect(ended.endList).toBe(true);
    expect(ended.preloadHint).toBeNull();
    packager.close();
  });

  it("drops segments beyond the DVR window from the playlist and serves them from storage", async () => {
    const packager = newPackager("low", 6, "ls-dvr");
    await feedClip(packager, Date.now());
    const list = await playlist(packager, "hi.m3u8");
    expect(list.mediaSequence).toBeGreaterThan(0);
    expect(list.segments.reduce((sum, s) => sum + s.duration!, 0)).toBeLessThan(6 + 2.5);
    expectPlayableTiming(list);
    // Old segments left memory but stay in storage.
    await expect.poll(() => storage.head("live/ls-dvr/s1/hi/0.m4s")).not.toBeNull();
    const old = await packager.handle("hi/0.m4s", new URLSearchParams());
    expect(old.status).toBe(200);
    expect(Buffer.from(old.body as Uint8Array).toString("latin1", 4, 8)).toBe("moof");
    expect(await storage.head("live/ls-dvr/s1/hi/init-0.mp4")).not.toBeNull();

    // Once the first connection's segments have all left the window, the discontinuity sequence counts it.
    await feedClip(packager, Date.now() + 30_000);
    const after = await playlist(packager, "hi.m3u8");
    expect(after.discontinuitySequence).toBe(1);
    expect(after.segments[0]).toMatchObject({ discontinuity: false, map: "hi/init-1.mp4" });
    packager.close();
  });

  it("lists whole segments with HOLD-BACK only in reduced and standard modes", async () => {
    for (const [mode, target] of [["reduced", 2], ["standard", 4]] as const) {
      const packager = newPackager(mode, 600, `ls-${mode}`);
      await feedClip(packager, Date.now());
      const list = await playlist(packager, "hi.m3u8");
      expect(list.targetDuration).toBe(target);
      expect(list.serverControl).toEqual({ "HOLD-BACK": (3 * target).toFixed(1) });
      expect(list.partTarget).toBeNull();
      expect(list.preloadHint).toBeNull();
      expect(list.segments.every((s) => s.parts.length === 0 && s.duration !== null)).toBe(true);
      expect(list.segments.slice(0, -1).every((s) => Math.abs(s.duration! - target) < 0.05)).toBe(true);
      packager.close();
    }
  });
});

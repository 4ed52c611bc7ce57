import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "@/server/media/ffmpeg/run-command";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import { createLivePackager } from "./create-live-packager";
import type { LivePackager } from "./live-packager-types";
import { startLiveOrigin } from "./start-live-origin";
import { parseMediaPlaylist } from "./testing/parse-media-playlist";
import { spawnTestFeed } from "./testing/spawn-test-feed";

describe("live origin", () => {
  let dir: string;
  let packager: LivePackager;
  let origin: Awaited<ReturnType<typeof startLiveOrigin>>;
  let base: string;
  const signals: AbortSignal[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-live-origin-"));
    packager = createLivePackager({
      liveStreamId: "ls1",
      latencyMode: "low",
      renditions: [{ name: "hi", width: 320, height: 180, frameRate: 30, bandwidth: 800_000 }],
      dvrWindowSeconds: 600,
      storage: createLocalStorage(dir),
      storagePrefix: "live/ls1/s1",
    });
    const feed = spawnTestFeed({ realtime: false, seconds: 8, sizes: ["320x180"] });
    const connection = packager.beginConnection({ wallClockAtStart: Date.now() });
    connection.input("hi").end(await buffer(feed.outputs[0]!));
    await Promise.all([connection.done(), feed.stop()]);
    // Sees every request's abort signal, to check that a client going away cancels the wait.
    const observed: LivePackager = { ...packager, handle: (file, query, signal) => (signals.push(signal!), packager.handle(file, query, signal)) };
    origin = await startLiveOrigin({ host: "127.0.0.1", port: 0, lookup: (id) => (id === "ls1" ? observed : undefined) });
    base = `http://127.0.0.1:${origin.port}/live/ls1`;
  });
  afterAll(async () => {
    await origin?.close();
    packager?.close();
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  });

  it("serves playlists and media with content types, cache headers and CORS", async () => {
    const master = await fetch(`${base}/index.m3u8`);
    expect(master.status).toBe(200);
    expect(master.headers.get("content-type")).toBe("application/vnd.apple.mpegurl");
    expect(master.headers.get("access-control-allow-origin")).toBe("*");
    expect(await master.text()).toContain("hi.m3u8");

    const media = await fetch(`${base}/hi.m3u8`);
    expect(media.headers.get("cache-control")).toBe("no-cache");
    const list = parseMediaPlaylist(await media.text());
    expect(list.segments.map((s) => s.msn)).toEqual([0, 1, 2, 3]);
    const blocking = await fetch(`${base}/hi.m3u8?_HLS_msn=3&_HLS_part=0`);
    expect(blocking.headers.get("cache-control")).toBe("public, max-age=1");

    const init = await fetch(`${base}/hi/init-0.mp4`);
    expect(init.headers.get("content-type")).toBe("video/mp4");
    const part = await fetch(`${base}/${list.segments[1]!.parts[2]!.uri}`);
    expect(part.headers.get("content-type")).toBe("video/iso.segment");
    expect(part.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
    const head = await fetch(`${base}/hi/1.m4s`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(1000);
    expect(await head.text()).toBe("");

    const unknown = await fetch(`http://127.0.0.1:${origin.port}/live/nope/index.m3u8`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { type: "not_found", messages: ["Live stream not found"] } });
    expect((await fetch(`${base}/hi/99.m4s`)).status).toBe(404);
    expect((await fetch(`${base}/index.m3u8`, { method: "OPTIONS" })).status).toBe(204);
  });

  it("serves segments that decode: init + segment fetched over HTTP play in ffprobe", async () => {
    const init = Buffer.from(await (await fetch(`${base}/hi/init-0.mp4`)).arrayBuffer());
    const segment = Buffer.from(await (await fetch(`${base}/hi/1.m4s`)).arrayBuffer());
    const file = path.join(dir, "probe.mp4");
    fs.writeFileSync(file, Buffer.concat([init, segment]));
    const { stdout } = await runCommand("ffprobe", ["-v", "error", "-count_frames", "-show_entries", "stream=codec_type,nb_read_frames", "-of", "json", file]);
    const streams = (JSON.parse(stdout) as { streams: { codec_type: string; nb_read_frames: string }[] }).streams;
    expect(Number(streams.find((s) => s.codec_type === "video")!.nb_read_frames)).toBe(60);
    expect(Number(streams.find((s) => s.codec_type === "audio")!.nb_read_frames)).toBeGreaterThan(80);
  });

  it("cancels a blocking request when the client goes away, and answers 503 after three target durations", async () => {
    const seen = signals.length;
    const client = new AbortController();
    const pending = fetch(`${base}/hi.m3u8?_HLS_msn=4`, { signal: client.signal }).catch(() => "aborted");
    await expect.poll(() => signals.length).toBe(seen + 1);
    const signal = signals.at(-1)!;
    expect(signal.aborted).toBe(false);
    client.abort();
    expect(await pending).toBe("aborted");
    await expect.poll(() => signal.aborted).toBe(true);

    const t0 = Date.now();
    const late = await fetch(`${base}/hi.m3u8?_HLS_msn=4&_HLS_part=0`);
    expect(late.status).toBe(503);
    expect(late.headers.get("retry-after")).toBe("1");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(5900);
  });
});

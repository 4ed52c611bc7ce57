import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparePipelineEnv } from "@/server/testing/prepare-pipeline-env";

// The real client, registry and worker read the environment at import: point it at this test first.
await preparePipelineEnv();
const { startVideoPipeline } = await import("@/server/testing/start-video-pipeline");
const { readHlsOutput } = await import("@/server/testing/read-hls-output");
const { runFfmpegJob } = await import("@/server/media/ffmpeg/run-ffmpeg-job");
const { createMediaFixtures } = await import("@/server/media/testing/create-media-fixtures");
const { testDatabaseKinds } = await import("@/server/testing/test-database");
const { assetRenditions, assets } = await import("@/server/db/schema");
const { resumeStalledAssets } = await import("@/server/encoding/resume-stalled-assets");
const { getStorage } = await import("@/server/storage/get-storage");
const { newId } = await import("@/server/ids");

type Pipeline = Awaited<ReturnType<typeof startVideoPipeline>>;

describe.each(testDatabaseKinds())("video-asset-process end to end on %s", (kind) => {
  let pipeline: Pipeline;
  let fixtures: Awaited<ReturnType<typeof createMediaFixtures>>;
  const clip = (name: string) => path.join(pipeline.dataDir, "fixtures", name);
  const hlsDir = (assetId: string) => path.join(pipeline.dataDir, "storage", "assets", assetId, "hls");
  const renditions = (assetId: string) => pipeline.database.db.select().from(assetRenditions).where(eq(assetRenditions.assetId, assetId));
  const completed = (assetId: string) => pipeline.waitForAsset(assetId, (a) => a.status === "errored" || a.progress.state === "completed", 90_000);

  beforeAll(async () => {
    pipeline = await startVideoPipeline({ kind });
    fixtures = await createMediaFixtures(path.join(pipeline.dataDir, "fixtures"));
    await Promise.all([
      runFfmpegJob({ type: "lavfi-clip", output: clip("1080p.mp4"), durationSeconds: 2, width: 1920, height: 1080 }),
      runFfmpegJob({ type: "lavfi-clip", output: clip("odd-vp9.webm"), durationSeconds: 6, width: 321, height: 181, videoCodec: "vp9" }),
      // A fast-start MP4 (index first) cut at 43% of its bytes: readable, but the data stops early.
      runFfmpegJob({ type: "transcode", input: fixtures.h264Aac, output: clip("faststart.mp4"), preset: "ultrafast" }),
    ]);
    const whole = fs.readFileSync(clip("faststart.mp4"));
    fs.writeFileSync(clip("truncated.mp4"), whole.subarray(0, Math.floor(whole.length * 0.43)));
  });
  afterAll(async () => {
    await pipeline?.close();
  });

  it("makes a standard 1080p upload playable by remuxing, then grows the ladder to aligned renditions", async () => {
    const asset = await pipeline.createUploadedAsset(clip("1080p.mp4"));
    const ready = await pipeline.waitForAsset(asset.id);
    expect(ready).toMatchObject({ status: "ready", hasVideo: true, hasAudio: true, maxWidth: 1920, maxHeight: 1080, aspectRatio: "16:9" });
    const atReady = await renditions(asset.id);
    expect(atReady.find((r) => r.name === "1080p")).toMatchObject({ status: "ready", passthrough: true });

    expect((await completed(asset.id)).progress).toMatchObject({ state: "completed", percent: 100 });
    const rows = (await renditions(asset.id)).filter((r) => r.kind === "hls");
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.status === "ready")).toBe(true);
    expect(rows.filter((r) => r.passthrough).map((r) => r.name)).toEqual(["1080p"]);

    const { variants } = readHlsOutput(hlsDir(asset.id));
    expect(variants.map((v) => v.attributes.RESOLUTION)).toEqual(expect.arrayContaining(["1920x1080", "1280x720", "852x480", "640x360"]));
    for (const v of variants) {
      expect(v.attributes.CODECS).toMatch(/^avc1\.[0-9a-f]{6},mp4a\.40\.2$/);
      expect(Number(v.attributes["AVERAGE-BANDWIDTH"])).toBeGreaterThan(0);
      expect(Number(v.attributes.BANDWIDTH)).toBeGreaterThanOrEqual(Number(v.attributes["AVERAGE-BANDWIDTH"]));
      expect(v.attributes["FRAME-RATE"]).toBe("25.000");
      expect(v.targetDuration).toBeLessThanOrEqual(4);
      // Same cuts in every rendition: players switch at segment boundaries.
      expect(v.segmentDurations).toEqual(variants[0]!.segmentDurations);
      expect(v.decoded.frames).toBe(50);
      expect(`${v.decoded.width}x${v.decoded.height}`).toBe(v.attributes.RESOLUTION);
      expect(v.decoded.audioPackets).toBeGreaterThan(0);
    }
    expect(variants[0]!.segmentDurations.reduce((a, b) => a + b, 0)).toBeCloseTo(2, 1);
  });

  it("transcodes a non-standard VP9 input with odd dimensions to even H.264 in 4 s segments", async () => {
    const asset = await pipeline.createUploadedAsset(clip("odd-vp9.webm"));
    const done = await completed(asset.id);
    expect(done.status).toBe("ready");
    const rows = await renditions(asset.id);
    expect(rows.some((r) => r.passthrough)).toBe(false);
    const { variants } = readHlsOutput(hlsDir(asset.id));
    expect(variants.length).toBeGreaterThanOrEqual(2);
    for (const v of variants) {
      expect(v.decoded.width! % 2).toBe(0);
      expect(v.decoded.height! % 2).toBe(0);
      expect(v.attributes.CODECS).toMatch(/^avc1\.64/);
      expect(v.segmentDurations).toEqual([4, 2]);
    }
    expect(variants[0]!.attributes.RESOLUTION).toBe("320x180");
  });

  it("honours rotation: a sideways-recorded clip becomes portrait renditions", async () => {
    const asset = await pipeline.createUploadedAsset(fixtures.rotated);
    const done = await completed(asset.id);
    expect(done).toMatchObject({ status: "ready", maxWidth: 180, maxHeight: 320, aspectRatio: "9:16" });
    const { variants } = readHlsOutput(hlsDir(asset.id));
    expect(variants[0]).toMatchObject({ attributes: { RESOLUTION: "180x320" }, decoded: { width: 180, height: 320 } });
  });

  it("gives an audio-only input an audio-only playlist", async () => {
    const asset = await pipeline.createUploadedAsset(fixtures.audioOnly);
    const done = await completed(asset.id);
    expect(done).toMatchObject({ status: "ready", hasVideo: false, hasAudio: true });
    const { variants } = readHlsOutput(hlsDir(asset.id));
    expect(variants).toHaveLength(1);
    expect(variants[0]!.attributes).toMatchObject({ CODECS: "mp4a.40.2" });
    expect(variants[0]!.attributes.RESOLUTION).toBeUndefined();
    expect(variants[0]!.decoded).toMatchObject({ frames: 0 });
    expect(variants[0]!.decoded.audioPackets).toBeGreaterThan(0);
  });

  it("packages a video without audio with a video-only CODECS", async () => {
    const asset = await pipeline.createUploadedAsset(fixtures.noAudio);
    const done = await completed(asset.id);
    expect(done).toMatchObject({ status: "ready", hasVideo: true, hasAudio: false });
    const { variants } = readHlsOutput(hlsDir(asset.id));
    for (const v of variants) {
      expect(v.attributes.CODECS).toMatch(/^avc1\.[0-9a-f]{6}$/);
      expect(v.decoded.frames).toBe(50);
    }
  });

  it.each([
    ["truncated.mp4", /^file is truncated at 4\d%$/],
    ["corrupt", /^file is truncated or corrupt/],
    ["not-media", /^no video or audio stream found$/],
  ])("errors a bad input (%s) with a readable reason", async (name, reason) => {
    const file = name === "corrupt" ? fixtures.corrupt : name === "not-media" ? fixtures.notMedia : clip(name);
    const asset = await pipeline.createUploadedAsset(file);
    const done = await pipeline.waitForAsset(asset.id);
    expect(done.status).toBe("errored");
    expect(done.errors?.type).toBe("invalid_input");
    expect(done.errors?.messages[0]).toMatch(reason);
    expect(await renditions(asset.id)).toEqual([]);
  });

  it("resumes an asset whose created event was lost (video-assets-resume)", async () => {
    // An asset row written without its event, as when the workflow runtime was down at upload time.
    const id = newId();
    await getStorage().put(`uploads/${id}/data`, { file: fixtures.h264Aac });
    await pipeline.database.db.insert(assets).values({
      id, workspaceId: pipeline.workspaceId, settings: { input: `upload://${id}` }, sourceKey: `uploads/${id}/data`, updatedAt: new Date(Date.now() - 3_600_000),
    });
    expect(await resumeStalledAssets({ quietMs: 60_000 })).toContain(id);
    expect(await resumeStalledAssets({ quietMs: 60_000 })).not.toContain(id);
    expect((await pipeline.waitForAsset(id)).status).toBe("ready");
  });
});

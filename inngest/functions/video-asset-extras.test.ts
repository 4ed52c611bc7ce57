import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparePipelineEnv } from "@/server/testing/prepare-pipeline-env";

// Static renditions, master access, clipping and watermarks through the real pipeline and a worker.
await preparePipelineEnv();
const { startVideoPipeline } = await import("@/server/testing/start-video-pipeline");
const { readHlsOutput } = await import("@/server/testing/read-hls-output");
const { pngPixels } = await import("@/server/testing/png-pixels");
const { runFfmpegJob } = await import("@/server/media/ffmpeg/run-ffmpeg-job");
const { testDatabaseKinds } = await import("@/server/testing/test-database");
const { assetRenditions, assets, playbackIds } = await import("@/server/db/schema");
const { createAsset } = await import("@/server/assets/create-asset");
const { createStaticRendition } = await import("@/server/assets/create-static-rendition");
const { deleteStaticRendition } = await import("@/server/assets/delete-static-rendition");
const { serializeAssetsWithRelations } = await import("@/server/assets/serialize-assets-with-relations");
const { updateMasterAccess } = await import("@/server/assets/update-master-access");
const { updateMp4Support } = await import("@/server/assets/update-mp4-support");
const { serveStreamFile } = await import("@/server/delivery/serve-stream-file");

type Pipeline = Awaited<ReturnType<typeof startVideoPipeline>>;

describe.each(testDatabaseKinds())("asset extras end to end on %s", (kind) => {
  let pipeline: Pipeline;
  let files: http.Server;
  let baseUrl: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-extras-"));
  const at = (name: string) => path.join(dir, name);
  const storage = (key: string) => path.join(pipeline.dataDir, "storage", key);
  const mp4Rows = (assetId: string) => pipeline.database.db.select().from(assetRenditions).where(and(eq(assetRenditions.assetId, assetId), eq(assetRenditions.kind, "mp4")));
  const settledMp4s = async (assetId: string, count: number) => {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      const rows = await mp4Rows(assetId);
      if (rows.length >= count && rows.every((r) => r.status !== "queued" && r.status !== "processing")) return rows;
    }
    throw new Error(`static renditions of ${assetId} did not settle:\n${pipeline.workerOutput().slice(-2000)}`);
  };
  const publicId = async (assetId: string) => (await pipeline.database.db.select().from(playbackIds).where(eq(playbackIds.assetId, assetId)))[0]!.id;
  const stream = async (assetId: string, file: string) => {
    const id = await publicId(assetId);
    return serveStreamFile(new Request(`http://localhost/stream/${id}/${file}`), id, [file]).catch((error: { code?: string }) => new Response(null, { status: error.code === "not_found" ? 404 : error.code === "forbidden" ? 403 : 500 }));
  };
  const json = async (assetId: string) => {
    const [row] = await pipeline.database.db.select().from(assets).where(eq(assets.id, assetId));
    return (await serializeAssetsWithRelations([row!]))[0]!;
  };
  /** The top rendition's frame at 0.5 s as a 32x24 PNG, through the thumbnail builder. */
  const topFrame = async (assetId: string) => {
    const { variants } = readHlsOutput(storage(`assets/${assetId}/hls`));
    const top = variants[0]!;
    const renditionDir = storage(`assets/${assetId}/hls/${path.dirname(top.uri)}`);
    const playlist = fs.readFileSync(path.join(renditionDir, "index.m3u8"), "utf8");
    const parts = ["init.mp4", ...playlist.split("\n").filter((l) => l && !l.startsWith("#"))];
    const joined = at(`${assetId}.mp4`);
    fs.writeFileSync(joined, Buffer.concat(parts.map((p) => fs.readFileSync(path.join(renditionDir, p)))));
    await runFfmpegJob({ type: "thumbnail", input: joined, output: at(`${assetId}.png`), atSeconds: 0.5, width: 32, height: 24 });
    return pngPixels.read(fs.readFileSync(at(`${assetId}.png`)));
  };

  beforeAll(async () => {
    pipeline = await startVideoPipeline({ kind });
    await Promise.all([
      runFfmpegJob({ type: "lavfi-clip", output: at("clip.mp4"), durationSeconds: 2, width: 320, height: 240 }),
      runFfmpegJob({ type: "lavfi-clip", output: at("six.mp4"), durationSeconds: 6, width: 320, height: 180 }),
    ]);
    fs.writeFileSync(at("mark.png"), pngPixels.solid(16, 16, [255, 0, 0, 255]));
    files = http.createServer((req, res) => fs.createReadStream(at(path.basename(req.url ?? ""))).on("error", () => res.writeHead(404).end()).pipe(res));
    await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", () => resolve()));
    baseUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await pipeline?.close();
    files?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("makes mp4_support's files after the ladder under Mux's names, then more on request, and deletes them", async () => {
    const asset = await pipeline.createUploadedAsset(at("clip.mp4"), { playback_policy: ["public"], mp4_support: "audio-only,capped-1080p" });
    const rows = await settledMp4s(asset.id, 2);
    expect(rows.map((r) => [r.name, r.status, r.width, r.height]).sort()).toEqual([["audio", "ready", null, null], ["capped-1080p", "ready", 320, 240]]);
    // The ladder was complete before the MP4 job was queued.
    expect((await pipeline.waitForAsset(asset.id)).progress.state).toBe("completed");

    const mp4 = await runFfmpegJob({ type: "probe", input: storage(`assets/${asset.id}/mp4/capped-1080p.mp4`) });
    expect(mp4.video[0]).toMatchObject({ codec: "h264", width: 320, height: 240 });
    expect(mp4.durationSeconds).toBeCloseTo(2, 0);
    const m4a = await runFfmpegJob({ type: "probe", input: storage(`assets/${asset.id}/mp4/audio.m4a`) });
    expect(m4a.video).toEqual([]);
    expect(m4a.audio[0]).toMatchObject({ codec: "aac" });

    const served = await stream(asset.id, "capped-1080p.mp4");
    expect(served.status).toBe(200);
    expect(Number(served.headers.get("content-length"))).toBe(fs.statSync(storage(`assets/${asset.id}/mp4/capped-1080p.mp4`)).size);
    expect((await stream(asset.id, "audio.m4a")).headers.get("content-type")).toBe("audio/mp4");
    expect((await stream(asset.id, "audio.mp4")).status).toBe(404);
    expect((await json(asset.id)).static_renditions).toMatchObject({ status: "ready", files: expect.arrayContaining([expect.objectContaining({ name: "capped-1080p.mp4", status: "ready", width: 320 })]) });

    const highest = await createStaticRendition({ assetId: asset.id, workspaceId: asset.workspaceId, body: { resolution: "highest" } });
    const tooBig = await createStaticRendition({ assetId: asset.id, workspaceId: asset.workspaceId, body: { resolution: "1080p" } });
    expect(tooBig.status).toBe("skipped");
    await expect(createStaticRendition({ assetId: asset.id, workspaceId: asset.workspaceId, body: { resolution: "highest" } })).rejects.toThrow(/already has/);
    expect((await settledMp4s(asset.id, 4)).find((r) => r.name === "highest")).toMatchObject({ status: "ready", width: 320, height: 240 });
    expect((await stream(asset.id, "highest.mp4")).status).toBe(200);

    await deleteStaticRendition({ assetId: asset.id, workspaceId: asset.workspaceId, staticRenditionId: highest.id });
    expect((await stream(asset.id, "highest.mp4")).status).toBe(404);
    await updateMp4Support({ assetId: asset.id, workspaceId: asset.workspaceId, body: { mp4_support: "none" } });
    expect((await mp4Rows(asset.id)).map((r) => r.name)).toEqual(["1080p"]);
    expect((await stream(asset.id, "capped-1080p.mp4")).status).toBe(404);
  });

  it("gives temporary master access for 24 h and refuses the source after it expires", async () => {
    const asset = await pipeline.createUploadedAsset(at("clip.mp4"));
    await pipeline.waitForAsset(asset.id);
    expect((await stream(asset.id, "source")).status).toBe(404);
    const before = Date.now();
    const updated = await updateMasterAccess({ assetId: asset.id, workspaceId: asset.workspaceId, body: { master_access: "temporary" } });
    expect(updated.masterAccessExpiresAt!.getTime() - before).toBeGreaterThanOrEqual(24 * 3600 * 1000 - 1000);
    const data = await json(asset.id);
    expect(data).toMatchObject({ master_access: "temporary", master: { status: "ready", url: `/stream/${await publicId(asset.id)}/source` } });
    const source = await stream(asset.id, "source");
    expect(source.status).toBe(200);
    expect(Buffer.from(await source.arrayBuffer()).equals(fs.readFileSync(at("clip.mp4")))).toBe(true);

    await pipeline.database.db.update(assets).set({ masterAccessExpiresAt: new Date(Date.now() - 1000) }).where(eq(assets.id, asset.id));
    expect((await stream(asset.id, "source")).status).toBe(403);
    expect(await json(asset.id)).toMatchObject({ master_access: "none", master: undefined });
    await expect(updateMasterAccess({ assetId: asset.id, workspaceId: asset.workspaceId, body: { master_access: "forever" } })).rejects.toThrow();
  });

  it.each(["keyframe", "mux"])("clips %s://assets/{id} between start_time and end_time into a playable asset", async (scheme) => {
    const original = await pipeline.createUploadedAsset(at("six.mp4"));
    await pipeline.waitForAsset(original.id);
    const clip = await createAsset({ workspaceId: pipeline.workspaceId, settings: { input: [{ url: `${scheme}://assets/${original.id}`, start_time: 1, end_time: 3.5 }], playback_policy: ["public"] } });
    const done = await pipeline.waitForAsset(clip.id, (a) => a.status === "errored" || a.progress.state === "completed", 90_000);
    expect(done.status).toBe("ready");
    expect(Math.abs(done.duration! - 2.5)).toBeLessThan(0.5);
    const { variants } = readHlsOutput(storage(`assets/${clip.id}/hls`));
    expect(variants.length).toBeGreaterThanOrEqual(1);
    const total = variants[0]!.segmentDurations.reduce((a, b) => a + b, 0);
    expect(Math.abs(total - 2.5)).toBeLessThan(0.5);
    expect(variants[0]!.decoded.frames).toBeGreaterThan(50);
    expect(variants[0]!.decoded.frames).toBeLessThan(76);
  });

  it("burns a watermark input into every rendition, so even a standard input is encoded", async () => {
    const plain = await createAsset({ workspaceId: pipeline.workspaceId, settings: { input: `${baseUrl}/clip.mp4`, playback_policy: ["public"] } });
    const marked = await createAsset({
      workspaceId: pipeline.workspaceId,
      settings: {
        playback_policy: ["public"],
        input: [
          { url: `${baseUrl}/clip.mp4` },
          { url: `${baseUrl}/mark.png`, type: "watermark", overlay_settings: { vertical_align: "top", horizontal_align: "left", width: "50%", height: "50%", opacity: "100%" } },
        ],
      },
    });
    const [a, b] = await Promise.all([plain, marked].map((x) => pipeline.waitForAsset(x.id, (r) => r.status === "errored" || r.progress.state === "completed", 90_000)));
    expect([a!.status, b!.status]).toEqual(["ready", "ready"]);
    const markedRows = await pipeline.database.db.select().from(assetRenditions).where(eq(assetRenditions.assetId, marked.id));
    expect(markedRows.some((r) => r.passthrough)).toBe(false);

    const [without, withMark] = [await topFrame(plain.id), await topFrame(marked.id)];
    // Inside the top-left quarter, over the source's yellow bar: red with the watermark, yellow without.
    const [r, g, bl] = withMark.at(13, 8);
    expect(r).toBeGreaterThan(200);
    expect(g + bl).toBeLessThan(80);
    expect(without.at(13, 8)[1]).toBeGreaterThan(150);
    // Outside it (bottom right) the picture is the same.
    const diff = without.at(28, 20).map((v, i) => Math.abs(v - withMark.at(28, 20)[i]!));
    expect(Math.max(...diff)).toBeLessThan(40);
  });
});

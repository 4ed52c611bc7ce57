import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli, expect, test } from "../fixtures";

type Upload = { id: string; url: string; status: string; asset_id?: string; bytes_received: number };

/** A 2 s 640x360 H.264/AAC clip, high quality so it spans several 256 KB chunks (~0.8 MB). */
function makeClip(): Buffer {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kf-e2e-upchunk-")), "clip.mp4");
  execFileSync("ffmpeg", [
    "-hide_banner", "-loglevel", "error",
    "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25",
    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
    "-t", "2", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "12", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", file,
  ]);
  return fs.readFileSync(file);
}

test("@mux/upchunk in Chromium uploads a file in chunks to a direct upload made over the REST API", async ({ page, request, baseURL }) => {
  const token = cli<{ id: string; secret: string }>("token", "create", "--workspace", "default", "--permissions", "video:read,video:write");
  const headers = { Authorization: `Basic ${Buffer.from(`${token.id}:${token.secret}`).toString("base64")}` };
  const origin = new URL(baseURL!).origin;

  const created = await request.post("/video/v1/uploads", { headers, data: { cors_origin: origin, new_asset_settings: { playback_policy: ["public"], passthrough: "upchunk-e2e" } } });
  expect(created.status()).toBe(201);
  const upload = ((await created.json()) as { data: Upload }).data;
  expect(upload.status).toBe("waiting");

  const clip = makeClip();
  expect(clip.length).toBeGreaterThan(2 * 256 * 1024);

  // Any page of the app hosts the test; UpChunk's own UMD build, as a site would load it from a CDN.
  await page.goto("/docs/api");
  await page.addScriptTag({ path: "node_modules/@mux/upchunk/dist/upchunk.js" });
  const outcome = await page.evaluate(
    async ({ endpoint, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const file = new File([bytes], "clip.mp4", { type: "video/mp4" });
      const { UpChunk } = window as unknown as { UpChunk: { createUpload(o: object): { on(e: string, f: (ev: CustomEvent) => void): void } } };
      const chunks: number[] = [];
      const progress: number[] = [];
      return await new Promise<{ ok: boolean; chunks: number[]; progress: number[]; error?: string }>((resolve) => {
        const uploader = UpChunk.createUpload({ endpoint, file, chunkSize: 256 });
        uploader.on("chunkSuccess", (e) => chunks.push((e.detail as { chunk: number }).chunk));
        uploader.on("progress", (e) => progress.push(e.detail as number));
        uploader.on("success", () => resolve({ ok: true, chunks, progress }));
        uploader.on("error", (e) => resolve({ ok: false, chunks, progress, error: JSON.stringify(e.detail) }));
      });
    },
    { endpoint: upload.url, base64: clip.toString("base64") },
  );
  expect(outcome.error).toBeUndefined();
  expect(outcome.ok).toBe(true);
  expect(outcome.chunks.length).toBe(Math.ceil(clip.length / (256 * 1024)));
  expect(outcome.progress.at(-1)).toBe(100);

  // The upload turns into an asset carrying new_asset_settings, and every byte arrived.
  let done: Upload | undefined;
  await expect
    .poll(
      async () => {
        const res = await request.get(`/video/v1/uploads/${upload.id}`, { headers });
        done = ((await res.json()) as { data: Upload }).data;
        return done.status;
      },
      { timeout: 30_000 },
    )
    .toBe("asset_created");
  expect(done!.asset_id).toBeTruthy();
  expect(done!.bytes_received).toBe(clip.length);
  const asset = await request.get(`/video/v1/assets/${done!.asset_id}`, { headers });
  expect(asset.status()).toBe(200);
  expect(((await asset.json()) as { data: { passthrough?: string; playback_ids: unknown[] } }).data).toMatchObject({ passthrough: "upchunk-e2e", playback_ids: [{ policy: "public" }] });
});

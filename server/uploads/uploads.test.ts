import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as uploadUrl from "@/app/upload/[uploadId]/route";
import * as uploadsRoute from "@/app/video/v1/uploads/route";
import * as uploadRoute from "@/app/video/v1/uploads/[uploadId]/route";
import * as cancelRoute from "@/app/video/v1/uploads/[uploadId]/cancel/route";
import { uploadStorageKeys } from "@/server/assets/asset-storage-keys";
import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";
import { createAccessToken } from "@/server/auth/create-access-token";
import { uploads } from "@/server/db/schema";
import { appUrl } from "@/server/env";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import { useStorage } from "@/server/storage/get-storage";
import type { Storage } from "@/server/storage/storage";
import { startEventRecorder } from "@/server/testing/start-event-recorder";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { addFirstAdmin } from "@/server/workspaces/add-first-admin";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { handleUploadPut } from "./handle-upload-put";
import { getUploadForTransfer } from "./get-upload-for-transfer";
import { timeOutExpiredUploads } from "./time-out-expired-uploads";

const recorderPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 12_000);
  process.env.INNGEST_BASE_URL = `http://127.0.0.1:${port}`;
  return port;
});

const source = Buffer.alloc(700_000).map((_, i) => (i * 2654435761) % 256);
const sha = (b: Buffer | Uint8Array) => createHash("sha256").update(b).digest("hex");
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const origin = "https://app.example.com";

/** A body that delivers `bytes` and then fails, like a connection dropped mid-chunk. */
function interruptedBody(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    async pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(bytes);
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
      controller.error(new Error("connection reset"));
    },
  });
}

describe.each(testDatabaseKinds())("direct uploads on %s", (kind) => {
  let test: TestDatabase;
  let dir: string;
  let storage: Storage;
  let auth: Record<string, string>;
  let otherAuth: Record<string, string>;
  let workspaceId: string;
  let recorder: Awaited<ReturnType<typeof startEventRecorder>>;

  const api = (method: string, url: string, body?: unknown, headers = auth) =>
    new Request(`http://localhost${url}`, { method, headers: { ...headers, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const createUpload = async (body: Record<string, unknown> = {}) => {
    const res = await uploadsRoute.POST(api("POST", "/video/v1/uploads", { cors_origin: origin, ...body }), ctx({}));
    expect(res.status).toBe(201);
    return ((await res.json()) as { data: { id: string; url: string; status: string; timeout: number } }).data;
  };
  const send = (method: "PUT" | "POST" | "PATCH" | "HEAD" | "DELETE" | "OPTIONS", id: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}) =>
    uploadUrl[method](
      new Request(`${appUrl}/upload/${id}`, { method, body: init.body, headers: init.headers, duplex: "half" } as RequestInit),
      ctx({ uploadId: id }),
    );
  const getUpload = async (id: string, headers = auth) => uploadRoute.GET(api("GET", `/video/v1/uploads/${id}`, undefined, headers), ctx({ uploadId: id }));
  const storedSha = async (key: string) => sha(Buffer.concat(await (await storage.get(key)).body.toArray()));

  async function expectAssetFromUpload(id: string) {
    const res = await getUpload(id);
    const { data } = (await res.json()) as { data: { status: string; asset_id: string } };
    expect(data.status).toBe("asset_created");
    const asset = await getAssetOrThrow({ assetId: data.asset_id, workspaceId });
    expect(asset).toMatchObject({ uploadId: id, sourceKey: uploadStorageKeys.data(id), sourceSize: source.length, status: "preparing" });
    expect(await storedSha(asset.sourceKey!)).toBe(sha(source));
    expect(recorder.named("video/asset.created").map((e) => e.data.assetId)).toContain(asset.id);
    expect(recorder.named("video/upload.asset-created").map((e) => e.data.uploadId)).toContain(id);
    return asset;
  }

  beforeAll(async () => {
    test = await useTestDatabase(kind);
    recorder = await startEventRecorder(recorderPort);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-uploads-"));
    storage = createLocalStorage(path.join(dir, "storage"));
    useStorage(storage);
    const org = await ensureDefaultSetup();
    const admin = await addFirstAdmin({ email: "admin@example.com", password: "admin-password" });
    const ws = await createWorkspace({ organizationId: org.id, name: "Uploads", createdByUserId: admin.id });
    const other = await createWorkspace({ organizationId: org.id, name: "Other", createdByUserId: admin.id });
    workspaceId = ws.id;
    const basic = (t: { id: string; secret: string }) => ({ authorization: `Basic ${Buffer.from(`${t.id}:${t.secret}`).toString("base64")}` });
    auth = basic(await createAccessToken({ workspaceId, name: "t", videoWrite: true }));
    otherAuth = basic(await createAccessToken({ workspaceId: other.id, name: "o", videoWrite: true }));
  });
  afterAll(async () => {
    await test.close();
    await recorder.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("creates an upload in Mux's shape with an absolute URL on this server", async () => {
    const upload = await createUpload({ new_asset_settings: { playback_policies: ["public"], passthrough: "p1" } });
    expect(upload).toMatchObject({ status: "waiting", timeout: 3600, url: `${appUrl}/upload/${upload.id}`, cors_origin: origin, new_asset_settings: { playback_policies: ["public"], passthrough: "p1" } });
    expect(upload.url).toMatch(/^https?:\/\//);
    const bad = await uploadsRoute.POST(api("POST", "/video/v1/uploads", { new_asset_settings: { playback_polcy: ["public"] } }), ctx({}));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("playback_polcy");
    expect((await getUpload(upload.id, otherAuth)).status).toBe(404);
  });

  it("takes a plain PUT of the whole file and turns it into an asset holding the same bytes", async () => {
    const upload = await createUpload({ new_asset_settings: { passthrough: "whole" } });
    const res = await send("PUT", upload.id, { body: source, headers: { "content-length": String(source.length), "content-type": "video/mp4" } });
    expect(res.status).toBe(200);
    const asset = await expectAssetFromUpload(upload.id);
    expect(asset.passthrough).toBe("whole");
  });

  it("takes upchunk's chunked PUTs with 308 + Range, survives an interrupted chunk and resumes from the server's Range", async () => {
    const upload = await createUpload();
    const chunk = 256 * 1024;
    const total = source.length;
    const put = (start: number, end: number, body: BodyInit | ReadableStream<Uint8Array>, extra: Record<string, string> = {}) =>
      send("PUT", upload.id, { body: body as BodyInit, headers: { "content-range": `bytes ${start}-${end}/${total}`, origin, ...extra } });

    const first = await put(0, chunk - 1, source.subarray(0, chunk));
    expect(first.status).toBe(308);
    expect(first.headers.get("range")).toBe(`bytes=0-${chunk - 1}`);
    expect(first.headers.get("access-control-allow-origin")).toBe(origin);
    expect(first.headers.get("access-control-expose-headers")).toContain("Range");

    // The same chunk again (a retry whose first answer was lost) stores nothing twice.
    const again = await put(0, chunk - 1, source.subarray(0, chunk));
    expect(again.headers.get("range")).toBe(`bytes=0-${chunk - 1}`);

    // The second chunk's connection drops after 100 000 bytes.
    const cut = await put(chunk, 2 * chunk - 1, interruptedBody(source.subarray(chunk, chunk + 100_000)));
    expect(cut.status).toBeGreaterThanOrEqual(400);

    // A client coming back asks where to restart.
    const status = await send("PUT", upload.id, { headers: { "content-range": `bytes */${total}` } });
    expect(status.status).toBe(308);
    const stored = Number(/bytes=0-(\d+)/.exec(status.headers.get("range")!)![1]) + 1;
    expect(stored).toBe(chunk + 100_000);

    // A chunk past the stored bytes leaves a gap: refused, naming the offset to resume from.
    const gap = await put(stored + 10, total - 1, source.subarray(stored + 10));
    expect(gap.status).toBe(409);
    expect(JSON.stringify(await gap.json())).toContain(`resume from byte ${stored}`);

    // Resume with an overlapping chunk (upchunk resends from its own chunk start), then finish.
    const resumed = await put(chunk, 2 * chunk - 1, source.subarray(chunk, 2 * chunk));
    expect(resumed.headers.get("range")).toBe(`bytes=0-${2 * chunk - 1}`);
    const last = await put(2 * chunk, total - 1, source.subarray(2 * chunk));
    expect(last.status).toBe(200);
    await expectAssetFromUpload(upload.id);

    // Retrying the last chunk after completion is answered, not refused; new bytes are.
    expect((await put(2 * chunk, total - 1, source.subarray(2 * chunk))).status).toBe(200);
    expect((await send("PUT", upload.id, { body: source })).status).toBe(409);
  });

  it("answers CORS preflights for the upload's cors_origin only", async () => {
    const upload = await createUpload();
    const preflight = await send("OPTIONS", upload.id, { headers: { origin, "access-control-request-method": "PUT" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(origin);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("PUT");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Content-Range");
    expect(preflight.headers.get("tus-extension")).toBe("creation,termination");
    const stranger = await send("OPTIONS", upload.id, { headers: { origin: "https://evil.example" } });
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("speaks tus 1.0: create, HEAD, PATCH, 409 on a wrong offset, resume", async () => {
    const upload = await createUpload();
    const tus = { "tus-resumable": "1.0.0" };
    const created = await send("POST", upload.id, { headers: { ...tus, "upload-length": String(source.length), "upload-metadata": "filename Y2xpcC5tcDQ=" } });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(upload.url);
    expect(created.headers.get("tus-resumable")).toBe("1.0.0");
    const head0 = await send("HEAD", upload.id, { headers: tus });
    expect(head0.headers.get("upload-offset")).toBe("0");
    expect(head0.headers.get("upload-length")).toBe(String(source.length));

    const patch = (offset: number, body: BodyInit | ReadableStream<Uint8Array>) =>
      send("PATCH", upload.id, { body: body as BodyInit, headers: { ...tus, "upload-offset": String(offset), "content-type": "application/offset+octet-stream" } });
    const p1 = await patch(0, source.subarray(0, 300_000));
    expect(p1.status).toBe(204);
    expect(p1.headers.get("upload-offset")).toBe("300000");
    const wrong = await patch(250_000, source.subarray(250_000, 400_000));
    expect(wrong.status).toBe(409);
    // Interrupted PATCH: the bytes that arrived are kept, HEAD says where to resume.
    await patch(300_000, interruptedBody(source.subarray(300_000, 350_000)));
    const head = await send("HEAD", upload.id, { headers: tus });
    const offset = Number(head.headers.get("upload-offset"));
    expect(offset).toBe(350_000);
    const rest = await patch(offset, source.subarray(offset));
    expect(rest.status).toBe(204);
    expect(rest.headers.get("upload-offset")).toBe(String(source.length));
    await expectAssetFromUpload(upload.id);
  });

  it("refuses bytes once cancelled (REST cancel or tus DELETE)", async () => {
    const upload = await createUpload();
    await send("PUT", upload.id, { body: source.subarray(0, 1000), headers: { "content-range": `bytes 0-999/${source.length}` } });
    const cancelled = await cancelRoute.PUT(api("PUT", `/video/v1/uploads/${upload.id}/cancel`), ctx({ uploadId: upload.id }));
    expect(((await cancelled.json()) as { data: { status: string } }).data.status).toBe("cancelled");
    const refused = await send("PUT", upload.id, { body: source.subarray(1000, 2000), headers: { "content-range": `bytes 1000-1999/${source.length}` } });
    expect(refused.status).toBe(409);
    expect(JSON.stringify(await refused.json())).toContain("cancelled");
    expect((await send("PUT", upload.id, { body: source })).status).toBe(409);

    const viaTus = await createUpload();
    expect((await send("DELETE", viaTus.id, { headers: { "tus-resumable": "1.0.0" } })).status).toBe(204);
    expect((await getUploadForTransfer(viaTus.id)).status).toBe("cancelled");
    expect((await send("HEAD", viaTus.id, { headers: { "tus-resumable": "1.0.0" } })).status).toBe(404);
    // Another workspace cannot cancel it.
    const foreign = await createUpload();
    expect((await cancelRoute.PUT(api("PUT", `/video/v1/uploads/${foreign.id}/cancel`, undefined, otherAuth), ctx({ uploadId: foreign.id }))).status).toBe(404);
  });

  it("times uploads out: late bytes are refused and the sweeper marks overdue uploads", async () => {
    const late = await createUpload({ timeout: 60 });
    await test.db.update(uploads).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(uploads.id, late.id));
    const refused = await send("PUT", late.id, { body: source });
    expect(refused.status).toBe(409);
    expect(JSON.stringify(await refused.json())).toContain("timed out");
    expect(((await (await getUpload(late.id)).json()) as { data: { status: string } }).data.status).toBe("timed_out");

    const swept = await createUpload({ timeout: 60 });
    await test.db.update(uploads).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(uploads.id, swept.id));
    expect(await timeOutExpiredUploads()).toBeGreaterThanOrEqual(1);
    const row = await test.db.query.uploads.findFirst({ where: eq(uploads.id, swept.id) });
    expect(row?.status).toBe("timed_out");
  });

  it("caps the upload size with 413, on declared sizes and while streaming", async () => {
    const upload = await createUpload();
    const huge = 21 * 1024 ** 3;
    const declared = await send("PUT", upload.id, { body: "x", headers: { "content-range": `bytes 0-0/${huge}` } });
    expect(declared.status).toBe(413);
    expect(JSON.stringify(await declared.json())).toContain("20 GiB upload limit");
    const tusTooBig = await send("POST", upload.id, { headers: { "tus-resumable": "1.0.0", "upload-length": String(huge) } });
    expect(tusTooBig.status).toBe(413);
    const row = await getUploadForTransfer(upload.id);
    const streamed = handleUploadPut(new Request(upload.url, { method: "PUT", body: source }), row, 100_000);
    await expect(streamed).rejects.toMatchObject({ code: "payload_too_large" });
    expect((await getUploadForTransfer(upload.id)).status).toBe("waiting");
  });

  it("lists uploads newest first, a page at a time", async () => {
    const res = await uploadsRoute.GET(api("GET", "/video/v1/uploads?limit=2&page=1"), ctx({}));
    const { data } = (await res.json()) as { data: { id: string }[] };
    expect(data).toHaveLength(2);
    const page2 = (await (await uploadsRoute.GET(api("GET", "/video/v1/uploads?limit=2&page=2"), ctx({}))).json()) as { data: { id: string }[] };
    expect(page2.data.map((u) => u.id)).not.toContain(data[0]!.id);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as assetsRoute from "@/app/video/v1/assets/route";
import * as assetRoute from "@/app/video/v1/assets/[assetId]/route";
import * as inputInfoRoute from "@/app/video/v1/assets/[assetId]/input-info/route";
import { createAccessToken } from "@/server/auth/create-access-token";
import { assets, mediaJobs } from "@/server/db/schema";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import { useStorage } from "@/server/storage/get-storage";
import type { Storage } from "@/server/storage/storage";
import { startEventRecorder } from "@/server/testing/start-event-recorder";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { addFirstAdmin } from "@/server/workspaces/add-first-admin";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { assetStorageKeys } from "./asset-storage-keys";

const recorderPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 12_000);
  process.env.INNGEST_BASE_URL = `http://127.0.0.1:${port}`;
  return port;
});

type AssetJson = { id: string; status: string; passthrough?: string; meta?: Record<string, string>; playback_ids: { id: string; policy: string }[] };
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

describe.each(testDatabaseKinds())("assets REST API on %s", (kind) => {
  let test: TestDatabase;
  let dir: string;
  let storage: Storage;
  let auth: Record<string, string>;
  let otherAuth: Record<string, string>;
  let readOnly: Record<string, string>;
  let workspaceId: string;
  let recorder: Awaited<ReturnType<typeof startEventRecorder>>;

  const request = (method: string, url: string, body?: unknown, headers = auth) =>
    new Request(`http://localhost${url}`, {
      method,
      headers: { ...headers, "content-type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  const create = async (body: Record<string, unknown>) => {
    const res = await assetsRoute.POST(request("POST", "/video/v1/assets", body), ctx({}));
    expect(res.status).toBe(201);
    return ((await res.json()) as { data: AssetJson }).data;
  };
  const list = async (query: string) => {
    const res = await assetsRoute.GET(request("GET", `/video/v1/assets?${query}`), ctx({}));
    return { status: res.status, body: (await res.json()) as { data: AssetJson[]; next_cursor: string | null; error?: { messages: string[] } } };
  };
  const one = (method: "GET" | "PATCH" | "DELETE", id: string, body?: unknown, headers = auth) =>
    assetRoute[method](request(method, `/video/v1/assets/${id}`, body, headers), ctx({ assetId: id }));

  beforeAll(async () => {
    test = await useTestDatabase(kind);
    recorder = await startEventRecorder(recorderPort);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-assets-api-"));
    storage = createLocalStorage(path.join(dir, "storage"));
    useStorage(storage);
    const org = await ensureDefaultSetup();
    const admin = await addFirstAdmin({ email: "admin@example.com", password: "admin-password" });
    workspaceId = (await createWorkspace({ organizationId: org.id, name: "A", createdByUserId: admin.id })).id;
    const other = await createWorkspace({ organizationId: org.id, name: "B", createdByUserId: admin.id });
    const basic = (t: { id: string; secret: string }) => ({ authorization: `Basic ${Buffer.from(`${t.id}:${t.secret}`).toString("base64")}` });
    auth = basic(await createAccessToken({ workspaceId, name: "rw", videoWrite: true }));
    readOnly = basic(await createAccessToken({ workspaceId, name: "ro" }));
    otherAuth = basic(await createAccessToken({ workspaceId: other.id, name: "other", videoWrite: true }));
  });
  afterAll(async () => {
    await test.close();
    await recorder.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("creates an asset in Mux's shape and emits video/asset.created", async () => {
    const asset = await create({ input: "https://example.com/clip.mp4", playback_policies: ["public", "signed"], passthrough: "abc" });
    expect(asset).toMatchObject({ status: "preparing", passthrough: "abc" });
    expect(asset.playback_ids.map((p) => p.policy).sort()).toEqual(["public", "signed"]);
    expect(recorder.named("video/asset.created").map((e) => e.data)).toContainEqual({ assetId: asset.id, workspaceId });
  });

  it("rejects unknown fields naming them, invalid JSON, and tokens without write permission", async () => {
    const unknown = await assetsRoute.POST(request("POST", "/video/v1/assets", { input: "https://example.com/a.mp4", playback_polcy: ["public"] }), ctx({}));
    expect(unknown.status).toBe(400);
    const { error } = (await unknown.json()) as { error: { type: string; messages: string[] } };
    expect(error.type).toBe("invalid_parameters");
    expect(error.messages.join(" ")).toContain("playback_polcy");

    const broken = await assetsRoute.POST(request("POST", "/video/v1/assets", '{"input": "https://example.com/a.mp4",'), ctx({}));
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { messages: string[] } }).error.messages[0]).toMatch(/^The request body is not valid JSON/);

    const missing = await assetsRoute.POST(request("POST", "/video/v1/assets", {}), ctx({}));
    expect(((await missing.json()) as { error: { messages: string[] } }).error.messages.join(" ")).toContain("input");

    const forbidden = await assetsRoute.POST(request("POST", "/video/v1/assets", { input: "https://example.com/a.mp4" }, readOnly), ctx({}));
    expect(forbidden.status).toBe(403);
  });

  it("lists newest first by limit/page and by cursor", async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await create({ input: `https://example.com/${i}.mp4`, passthrough: `list-${i}` })).id);
    const all = (await list("limit=100")).body.data.map((a) => a.id);
    expect(all.slice(0, 5)).toEqual([...made].reverse());

    const page1 = await list("limit=2&page=1");
    const page2 = await list("limit=2&page=2");
    expect(page1.body.data.map((a) => a.id)).toEqual(all.slice(0, 2));
    expect(page2.body.data.map((a) => a.id)).toEqual(all.slice(2, 4));

    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof list>> = await list(`limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      walked.push(...res.body.data.map((a) => a.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(walked).toEqual(all);

    expect((await list("limit=101")).status).toBe(400);
    expect((await list("cursor=garbage")).status).toBe(400);
    expect((await list("limit=25")).body.data.length).toBeLessThanOrEqual(25);
  });

  it("filters the list by upload_id", async () => {
    const [asset] = (await list("limit=1")).body.data;
    await test.db.update(assets).set({ uploadId: "up_filter" }).where(eq(assets.id, asset!.id));
    expect((await list("upload_id=up_filter")).body.data.map((a) => a.id)).toEqual([asset!.id]);
  });

  it("gets, patches and deletes an asset; other workspaces see 404", async () => {
    const asset = await create({ input: "https://example.com/x.mp4", playback_policies: ["public"] });
    expect(((await (await one("GET", asset.id)).json()) as { data: AssetJson }).data.id).toBe(asset.id);
    for (const method of ["GET", "PATCH", "DELETE"] as const) {
      expect((await one(method, asset.id, method === "PATCH" ? { passthrough: "x" } : undefined, otherAuth)).status).toBe(404);
    }

    const patched = await one("PATCH", asset.id, { passthrough: "new", meta: { title: "Holiday" } });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { data: AssetJson }).data).toMatchObject({ passthrough: "new", meta: { title: "Holiday" } });
    expect(recorder.named("video/asset.updated").map((e) => e.data.assetId)).toContain(asset.id);
    const badPatch = await one("PATCH", asset.id, { status: "ready" });
    expect(badPatch.status).toBe(400);
    expect(JSON.stringify(await badPatch.json())).toContain("status");

    await storage.put(assetStorageKeys.hlsMaster(asset.id), "#EXTM3U\n");
    await storage.put(assetStorageKeys.source(asset.id), Buffer.from("source"));
    await test.db.insert(mediaJobs).values({ id: `mj_${asset.id}`, type: "probe", input: { type: "probe", input: assetStorageKeys.source(asset.id) } as never, workspaceId, correlationId: asset.id });

    const deleted = await one("DELETE", asset.id);
    expect(deleted.status).toBe(204);
    expect((await one("GET", asset.id)).status).toBe(404);
    expect(await storage.list(assetStorageKeys.prefix(asset.id))).toEqual([]);
    const job = await test.db.query.mediaJobs.findFirst({ where: eq(mediaJobs.id, `mj_${asset.id}`) });
    expect(job?.status).toBe("cancelled");
    expect(recorder.named("video/asset.deleted").map((e) => e.data.assetId)).toContain(asset.id);
  });

  it("returns input info in Mux's shape once the input was probed", async () => {
    const asset = await create({ input: "https://example.com/probed.mp4" });
    const info = {
      container: "mp4",
      formatName: "mov,mp4,m4a,3gp,3g2,mj2",
      durationSeconds: 4,
      sizeBytes: 1000,
      bitrate: 2000,
      problem: null,
      video: [{ index: 0, codec: "h264", profile: "High", pixFmt: "yuv420p", bitDepth: 8, width: 320, height: 180, displayWidth: 320, displayHeight: 180, rotation: 0, fps: 30, variableFrameRate: false, durationSeconds: 4, bitrate: 1800 }],
      audio: [{ index: 1, codec: "aac", profile: "LC", channels: 2, channelLayout: "stereo", sampleRate: 48000, durationSeconds: 4, bitrate: 128 }],
    };
    await test.db.update(assets).set({ inputInfo: info }).where(eq(assets.id, asset.id));
    const res = await inputInfoRoute.GET(request("GET", `/video/v1/assets/${asset.id}/input-info`), ctx({ assetId: asset.id }));
    expect(((await res.json()) as { data: unknown }).data).toEqual([
      {
        settings: { url: "https://example.com/probed.mp4" },
        file: {
          container_format: "mov,mp4,m4a,3gp,3g2,mj2",
          tracks: [
            { type: "video", duration: 4, encoding: "h264", width: 320, height: 180, frame_rate: 30 },
            { type: "audio", duration: 4, encoding: "aac", channels: 2, sample_rate: 48000 },
          ],
        },
      },
    ]);
    const foreign = await inputInfoRoute.GET(request("GET", `/video/v1/assets/${asset.id}/input-info`, undefined, otherAuth), ctx({ assetId: asset.id }));
    expect(foreign.status).toBe(404);
  });
});
